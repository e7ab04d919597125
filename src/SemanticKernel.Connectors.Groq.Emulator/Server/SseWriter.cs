using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Writes server-sent events one by one, flushing each, and can cut the connection after N data events.</summary>
internal static class SseWriter
{
    private const string Done = "data: [DONE]\n\n";

    /// <summary>
    /// Writes each payload as <c>data: {payload}</c>, then <c>data: [DONE]</c> unless the stream is cut; a <c>stall</c>
    /// (after N data events, wait this long) plays a server that goes quiet.
    /// </summary>
    public static Task WriteDataAsync(
        HttpContext context, IReadOnlyList<string> payloads, int? cutAfter, int tokens, IReadOnlyList<KeyValuePair<string, string>> headers, (int After, TimeSpan For)? stall = null) =>
        WriteEventsAsync(context, [.. payloads.Select(payload => $"data: {payload}\n\n")], cutAfter, tokens, headers, Done, stall);

    /// <summary>Writes a hand-built SSE text event by event.</summary>
    public static Task WriteRawAsync(HttpContext context, string sse, int? cutAfter, IReadOnlyList<KeyValuePair<string, string>> headers) =>
        WriteEventsAsync(context, SplitEvents(sse), cutAfter, 0, headers, null, null);

    private static async Task WriteEventsAsync(
        HttpContext context, IReadOnlyList<string> events, int? cutAfter, int tokens, IReadOnlyList<KeyValuePair<string, string>> headers, string? done,
        (int After, TimeSpan For)? stall)
    {
        ResponseWriter.Begin(context, 200, "text/event-stream", tokens, headers);
        context.Response.Headers.CacheControl = "no-cache";
        var cancellationToken = context.RequestAborted;
        await context.Response.StartAsync(cancellationToken).ConfigureAwait(false);

        var exchange = context.Exchange();
        var chunkWritten = exchange.State.Options.ChunkWritten;
        var sent = 0;
        foreach (var sseEvent in events)
        {
            var isData = IsData(sseEvent);
            if (isData && sent >= cutAfter)
            {
                await CutAsync(context).ConfigureAwait(false);
                return;
            }

            if (isData && sent == stall?.After)
            {
                try
                {
                    await Task.Delay(stall.Value.For, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            var bytes = Encoding.UTF8.GetBytes(sseEvent);
            if (isData)
            {
                chunkWritten?.Invoke(new EmulatorChunkWritten(exchange.RequestId, sent, Stopwatch.GetTimestamp()));
            }

            await context.Response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            sent += isData ? 1 : 0;
        }

        if (done is null)
        {
            return;
        }

        if (cutAfter is not null)
        {
            await CutAsync(context).ConfigureAwait(false);
            return;
        }

        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(done), cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CutAsync(HttpContext context)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None).ConfigureAwait(false);
        context.Abort();
    }

    private static bool IsData(string sseEvent) =>
        sseEvent.StartsWith("data:", StringComparison.Ordinal) || sseEvent.Contains("\ndata:", StringComparison.Ordinal);

    private static List<string> SplitEvents(string sse)
    {
        var events = new List<string>();
        var start = 0;
        while (start < sse.Length)
        {
            var end = sse.IndexOf("\n\n", start, StringComparison.Ordinal);
            var next = end < 0 ? sse.Length : end + 2;
            events.Add(sse[start..next]);
            start = next;
        }

        return events;
    }
}
