using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>
/// Reads JSONL from a stream as it arrives, one line at a time, without holding more than the line being read; a line
/// longer than the limit fails instead of growing the buffer without end. Blank lines are skipped.
/// </summary>
internal static class JsonlReader
{
    /// <summary>Yields <paramref name="parse"/> of each line (without its newline), with its 1-based number.</summary>
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        Stream stream, long maxLineBytes, Func<ReadOnlySequence<byte>, long, T> parse, Func<long, Exception> tooLong,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            long number = 0;
            while (true)
            {
                ReadResult read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = read.Buffer;
                while (TryReadLine(ref buffer, read.IsCompleted, out var line))
                {
                    number++;
                    if (line.Length > maxLineBytes)
                    {
                        throw tooLong(number);
                    }

                    if (!IsBlank(line))
                    {
                        yield return parse(line, number);
                    }
                }

                if (buffer.Length > maxLineBytes)
                {
                    throw tooLong(number + 1);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    yield break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private static bool TryReadLine(ref ReadOnlySequence<byte> buffer, bool isLast, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is { } end)
        {
            line = buffer.Slice(0, end);
            buffer = buffer.Slice(buffer.GetPosition(1, end));
            return true;
        }

        // The last line of a file need not end with a newline.
        line = buffer;
        if (isLast && !buffer.IsEmpty)
        {
            buffer = buffer.Slice(buffer.End);
            return true;
        }

        return false;
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (byte b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
