using System.Runtime.CompilerServices;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// A read-only, seekable view of <c>length</c> bytes of a <see cref="PositionalReader"/> from <c>start</c>, after an
/// optional <c>header</c> (a WAV chunk's own): one attempt of an upload, which a retry replaces with a fresh view.
/// Views share their reader but not a position, so several may be read at once. The reader is not disposed.
/// </summary>
internal sealed class AudioWindowStream(PositionalReader source, long start, long length, ReadOnlyMemory<byte> header = default) : Stream
{
    private long _position;
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanSeek => !_disposed;

    public override bool CanWrite => false;

    public override long Length
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return header.Length + length;
        }
    }

    public override long Position
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _position;
        }
        set
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        int fromHeader = ReadHeader(buffer);
        int wanted = DataWanted(buffer.Length - fromHeader, out long offset);
        return wanted == 0 ? fromHeader : fromHeader + Advance(source.Read(offset, buffer.Slice(fromHeader, wanted)));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    // Pooled: an upload is read in many pieces, and a plain async ValueTask method would allocate for each pending one.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int fromHeader = ReadHeader(buffer.Span);
        int wanted = DataWanted(buffer.Length - fromHeader, out long offset);
        return wanted == 0
            ? fromHeader
            : fromHeader + Advance(await source.ReadAsync(offset, buffer.Slice(fromHeader, wanted), cancellationToken).ConfigureAwait(false));
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => header.Length + length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0)
        {
            throw new IOException("Cannot seek before the start of the audio.");
        }

        _position = target;
        return target;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("An audio view is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("An audio view is read-only.");

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        base.Dispose(disposing);
    }

    private int ReadHeader(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_position >= header.Length || buffer.IsEmpty)
        {
            return 0;
        }

        int count = Math.Min(buffer.Length, header.Length - (int)_position);
        header.Span.Slice((int)_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    /// <summary>How many bytes of audio to read into <paramref name="room"/> bytes, and the reader offset they start at.</summary>
    private int DataWanted(int room, out long offset)
    {
        long intoData = _position - header.Length;
        offset = start + intoData;
        return intoData >= length ? 0 : (int)Math.Min(room, length - intoData);
    }

    private int Advance(int read)
    {
        if (read == 0)
        {
            throw new EndOfStreamException(
                $"The audio source ended {_position - header.Length} bytes into the {length} bytes it had when the upload began; was it truncated while being read?");
        }

        _position += read;
        return read;
    }
}
