using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// <c>POST /audio/speech</c>: validates the JSON body, then answers with the next scripted error, raw body or delay,
/// or with the audio of <see cref="SpeechSynthesizer"/> (a scripted text answer also gets the synthesized audio).
/// </summary>
internal static class SpeechEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var exchange = context.Exchange();
        SpeechRequest request;
        try
        {
            request = SpeechRequestValidator.Validate(exchange.Recorded.Json, exchange.State);
        }
        catch (GroqErrorException invalid)
        {
            await ResponseWriter.WriteErrorAsync(context, invalid.Error).ConfigureAwait(false);
            return;
        }

        var (handled, scripted) = await ScriptedAudio.TakeAsync(context, exchange.State).ConfigureAwait(false);
        if (handled)
        {
            return;
        }

        var (body, contentType) = SpeechSynthesizer.Synthesize(request);
        await ResponseWriter.WriteAsync(context, 200, contentType, body, 0, scripted?.Headers).ConfigureAwait(false);
    }
}
