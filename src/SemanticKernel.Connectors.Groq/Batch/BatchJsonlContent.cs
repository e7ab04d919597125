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
    /// <summary>
    /// Gets what went wrong on the caller's side while the body was written (the requests changed, or enumerating them
    /// threw), which the HTTP stack would otherwise report as a failed connection.
    /// </summary>
    public Exception? SourceFailure { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        using var writer = new BatchLineWriter();
        long written = 0;
        int lines = 0;
        using var source = requests.GetEnumerator();
        while (NextLine(source, writer, ref lines, ref written) is { } line)
        {
            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = plan.Bytes;
        return true;
    }

    /// <summary>The next line, or <see langword="null"/> at the end; a failure of the caller's sequence is kept in <see cref="SourceFailure"/>.</summary>
    private ReadOnlyMemory<byte>? NextLine(IEnumerator<GroqBatchRequest> source, BatchLineWriter writer, ref int lines, ref long written)
    {
        try
        {
            if (!source.MoveNext())
            {
                return lines == plan.Lines && written == plan.Bytes ? null : throw Changed();
            }

            var line = writer.Write(source.Current.CustomId, BatchInputPlan.Map(source.Current, map));
            written += line.Length;
            return ++lines > plan.Lines || written > plan.Bytes ? throw Changed() : line;
        }
        catch (Exception ex)
        {
            SourceFailure = ex;
            throw;
        }
    }

    private static InvalidOperationException Changed() => new(
        "The batch requests changed between their validation and their upload: the sequence is read twice and must give the same requests both times.");
}
