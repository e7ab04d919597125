using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// <c>POST /audio/transcriptions</c> and <c>POST /audio/translations</c>: validates the streamed form, then answers with
/// the next scripted response or the emulated Whisper of <see cref="TranscriptionResponder"/>.
/// </summary>
internal static class AudioTranscriptionsEndpoint
{
    public static Task TranscribeAsync(HttpContext context) => HandleAsync(context, translate: false);

    public static Task TranslateAsync(HttpContext context) => HandleAsync(context, translate: true);

    private static async Task HandleAsync(HttpContext context, bool translate)
    {
        var exchange = context.Exchange();
        TranscriptionRequest request;
        try
        {
            request = TranscriptionRequestValidator.Validate(exchange.Form, translate, exchange.State);
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

        var scriptedText = scripted?.Kind == EmulatorResponseKind.Text ? scripted.Content : null;
        var transcript = TranscriptionResponder.Respond(request, scriptedText);
        var (body, contentType) = TranscriptionRenderer.Render(request, transcript, exchange.RequestId);
        await ResponseWriter.WriteAsync(context, 200, contentType, body, 0, scripted?.Headers).ConfigureAwait(false);
    }
}
