using System.Text;
using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Applies a scripted <see cref="EmulatorResponse"/> to an audio request: its delay, and errors, raw bodies and raw
/// SSE sent as they are (with the scripted headers). Text answers are left to the endpoint; tool calls mean nothing for audio
/// and leave the default answer.
/// </summary>
internal static class ScriptedAudio
{
    private const int ClientClosedRequest = 499;

    /// <summary>
    /// Takes the next scripted response, if any, and answers with it when it is an error, raw body or raw SSE (after its
    /// delay). <c>Handled</c> is true when nothing is left for the endpoint to send.
    /// </summary>
    public static async Task<(bool Handled, EmulatorResponse? Scripted)> TakeAsync(HttpContext context, EmulatorState state)
    {
        var scripted = state.TryDequeue();
        bool handled = !await WaitAsync(context, scripted).ConfigureAwait(false) || await TrySendAsync(context, scripted).ConfigureAwait(false);
        return (handled, scripted);
    }

    /// <summary>Waits out the scripted delay; false when the client went away meanwhile (recorded as 499).</summary>
    private static async Task<bool> WaitAsync(HttpContext context, EmulatorResponse? scripted)
    {
        if (scripted is not { Delay.Ticks: > 0 })
        {
            return true;
        }

        try
        {
            await Task.Delay(scripted.Delay, context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            context.Exchange().Recorded.StatusCode = ClientClosedRequest;
            return false;
        }
    }

    /// <summary>Sends the scripted error, raw body or raw SSE; false when the endpoint must answer itself.</summary>
    private static async Task<bool> TrySendAsync(HttpContext context, EmulatorResponse? scripted)
    {
        switch (scripted?.Kind)
        {
            case EmulatorResponseKind.Error:
                await ResponseWriter.WriteErrorAsync(context, scripted.ErrorBody!, scripted.Headers).ConfigureAwait(false);
                return true;
            case EmulatorResponseKind.RawBody:
                await ResponseWriter.WriteAsync(context, scripted.StatusCode, scripted.ContentType, Encoding.UTF8.GetBytes(scripted.Body!), 0, scripted.Headers).ConfigureAwait(false);
                return true;
            case EmulatorResponseKind.RawSse:
                await SseWriter.WriteRawAsync(context, scripted.Body!, scripted.CutAfterChunks, scripted.Headers).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }
}
