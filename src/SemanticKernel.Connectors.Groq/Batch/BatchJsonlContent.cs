using System.Net;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>
/// The batch input file as an upload body written while it is sent: each request is mapped again, written as one line
/// into a reused buffer and copied to the connection, so memory does not grow with the number of requests. Its length
/// is the one <see cref="BatchInputPlan"/> measured; requests that changed since then are refused rather than sent.
/// </summary>
internal sealed class BatchJsonlContent(IEnumerable<GroqBatchRequest> requests, Func<GroqBatchRequest, WireChatRequest> map, BatchInputPlan plan) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var writer = new BatchLineWriter();
        long written = 0;
        int lines = 0;
        foreach (var request in requests)
        {
            var line = writer.Write(request.CustomId, BatchInputPlan.Map(request, map));
            written += line.Length;
            if (++lines > plan.Lines || written > plan.Bytes)
            {
                throw Changed();
            }

            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }

        if (lines != plan.Lines || written != plan.Bytes)
        {
            throw Changed();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = plan.Bytes;
        return true;
    }

    private static InvalidOperationException Changed() => new(
        "The batch requests changed between their validation and their upload: the sequence is read twice and must give the same requests both times.");
}
