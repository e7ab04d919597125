namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// An SSE body followed by a blank line. The SSE rules drop an event still pending at the end of a body, so a stream
/// whose last line is <c>data: [DONE]</c> without the final blank line, which the OpenAI SDK accepts, would read as cut
/// off; a blank line after one that ended the body already dispatches nothing. <see cref="EndedMidLine"/> tells whether
/// the body stopped inside a line, whose event then is a fragment.
/// </summary>
/// <remarks>
/// It also bounds an event: past <c>maxEventBytes</c> bytes without the blank line that ends an event (a line with no
/// end, or endless <c>data:</c> lines) it throws, before the SSE parser buffers more.
/// </remarks>
internal sealed class SseEndOfStream(Stream inner, int maxEventBytes) : Stream
{
    private static readonly byte[] BlankLine = "\n\n"u8.ToArray();

    private int _terminatorSent = -1;
    private byte _last;
    private long _eventBytes;
    private bool _lineHasContent;

    /// <summary>Whether the body ended inside a line (not after a line break), known once it has been read to its end.</summary>
    public bool EndedMidLine => _terminatorSent >= 0 && _last is not 0 and not (byte)'\n' and not (byte)'\r';

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_terminatorSent < 0)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read > 0)
            {
                Track(buffer.Span[..read]);
                return read;
            }

            _terminatorSent = 0;
        }

        return CopyTerminator(buffer.Span);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_terminatorSent < 0)
        {
            int read = inner.Read(buffer);
            if (read > 0)
            {
                Track(buffer[..read]);
                return read;
            }

            _terminatorSent = 0;
        }

        return CopyTerminator(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void Track(ReadOnlySpan<byte> data)
    {
        _last = data[^1];
        while (data.IndexOf((byte)'\n') is var end and >= 0)
        {
            // A line break ending an empty line (only '\r' since the last one) ends the event.
            bool blank = !_lineHasContent && data[..end].IndexOfAnyExcept((byte)'\r') < 0;
            _eventBytes = blank ? 0 : _eventBytes + end + 1;
            _lineHasContent = false;
            data = data[(end + 1)..];
        }

        _eventBytes += data.Length;
        _lineHasContent |= data.IndexOfAnyExcept((byte)'\r') >= 0;
        if (_eventBytes > maxEventBytes)
        {
            throw new GroqException(
                $"A stream event from Groq is larger than GroqClientOptions.MaxStreamEventBytes ({maxEventBytes:N0} bytes); the stream was abandoned.");
        }
    }

    private int CopyTerminator(Span<byte> buffer)
    {
        int count = Math.Min(BlankLine.Length - _terminatorSent, buffer.Length);
        BlankLine.AsSpan(_terminatorSent, count).CopyTo(buffer);
        _terminatorSent += count;
        return count;
    }
}
