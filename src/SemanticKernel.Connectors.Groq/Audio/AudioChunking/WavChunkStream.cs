using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>
/// One chunk of a WAV file presented as a WAV file of its own: a fresh header, then the chunk's samples read straight
/// from the source into the caller's buffer. Read-only and seekable, so uploads know its length and retries can rewind.
/// </summary>
/// <remarks>
/// Chunk streams over one source may be read concurrently (one reader per chunk stream). A <see cref="FileStream"/> is
/// read by position with <see cref="RandomAccess"/>; any other source is positioned and read under a gate that all chunk
/// streams over that source share. The source is neither owned nor disposed.
/// </remarks>
internal sealed class WavChunkStream : Stream
{
    // Keyed by the source itself so that every chunk stream over it finds the same gate without the caller passing one.
    private static readonly ConditionalWeakTable<Stream, SemaphoreSlim> Gates = new();

    private readonly Stream _source;
    private readonly SafeFileHandle? _file;
    private readonly byte[] _header;
    private readonly long _sourceDataStart;
    private readonly long _length;
    private long _position;
    private bool _disposed;

    /// <summary>Presents <paramref name="chunk"/> of the WAV file in <paramref name="source"/>.</summary>
    /// <param name="source">The whole WAV file; readable and seekable.</param>
    /// <param name="format">The file's layout, from <see cref="WavFormat.TryRead"/> on <paramref name="source"/>.</param>
    /// <param name="chunk">The chunk, from <see cref="WavChunkPlanner.Plan"/>.</param>
    public WavChunkStream(Stream source, WavFormat format, AudioChunkPlan chunk)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(chunk);
        if (!source.CanRead || !source.CanSeek)
        {
            throw new ArgumentException("A WAV chunk is read from a readable, seekable stream.", nameof(source));
        }

        if (chunk.DataStart < 0 || chunk.DataLength < 0 || chunk.DataStart + chunk.DataLength > format.DataLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(chunk), $"The chunk's bytes {chunk.DataStart}..{chunk.DataStart + chunk.DataLength} lie outside the file's {format.DataLength} bytes of samples.");
        }

        _source = source;
        // A FileStream subclass may change what Read returns, so only FileStream itself is read through its handle.
        _file = source.GetType() == typeof(FileStream) ? ((FileStream)source).SafeFileHandle : null;
        _header = WavHeader.Create(format, chunk.DataLength);
        _sourceDataStart = format.DataOffset + chunk.DataStart;
        _length = _header.Length + chunk.DataLength;
    }

    /// <inheritdoc />
    public override bool CanRead => !_disposed;

    /// <inheritdoc />
    public override bool CanSeek => !_disposed;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _length;
        }
    }

    /// <inheritdoc />
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

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        int fromHeader = ReadHeader(buffer);
        Span<byte> rest = buffer[fromHeader..];
        int wanted = DataWanted(rest.Length, out long sourceOffset);
        if (wanted == 0)
        {
            return fromHeader;
        }

        int read;
        if (_file is not null)
        {
            read = RandomAccess.Read(_file, rest[..wanted], sourceOffset);
        }
        else
        {
            SemaphoreSlim gate = Gate();
            gate.Wait();
            try
            {
                _source.Position = sourceOffset;
                read = _source.Read(rest[..wanted]);
            }
            finally
            {
                gate.Release();
            }
        }

        return fromHeader + Advance(read);
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int fromHeader = ReadHeader(buffer.Span);
        Memory<byte> rest = buffer[fromHeader..];
        int wanted = DataWanted(rest.Length, out long sourceOffset);
        if (wanted == 0)
        {
            return fromHeader;
        }

        int read;
        if (_file is not null)
        {
            read = await RandomAccess.ReadAsync(_file, rest[..wanted], sourceOffset, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            SemaphoreSlim gate = Gate();
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _source.Position = sourceOffset;
                read = await _source.ReadAsync(rest[..wanted], cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        return fromHeader + Advance(read);
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0)
        {
            throw new IOException("Cannot seek before the start of the WAV chunk.");
        }

        _position = target;
        return target;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("A WAV chunk stream is read-only.");

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A WAV chunk stream is read-only.");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        base.Dispose(disposing);
    }

    private SemaphoreSlim Gate() => Gates.GetValue(_source, static _ => new SemaphoreSlim(1, 1));

    private int ReadHeader(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_position >= _header.Length || buffer.IsEmpty)
        {
            return 0;
        }

        int count = Math.Min(buffer.Length, _header.Length - (int)_position);
        _header.AsSpan((int)_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    private int DataWanted(int room, out long sourceOffset)
    {
        sourceOffset = _sourceDataStart + (_position - _header.Length);
        return _position >= _length ? 0 : (int)Math.Min(room, _length - _position);
    }

    private int Advance(int read)
    {
        if (read == 0)
        {
            throw new EndOfStreamException(
                $"The WAV source ended at byte {_sourceDataStart + (_position - _header.Length)}, inside a chunk planned from its header; was it truncated while being read?");
        }

        _position += read;
        return read;
    }
}
