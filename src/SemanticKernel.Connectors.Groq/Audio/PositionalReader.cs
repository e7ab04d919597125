using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// Reads audio at an offset, with no position of its own, so any number of views (an upload's retries, chunks sent
/// concurrently) read one source at once and none of them copies it: a <see cref="FileStream"/> through its handle,
/// bytes or an exposable <see cref="MemoryStream"/> by slicing their memory, and any other seekable stream by seeking
/// it under this reader's own gate and putting its position back after each read. Offset 0 is where the audio starts
/// (the stream's position when the reader was made). The stream is neither owned nor disposed.
/// </summary>
internal sealed class PositionalReader : IDisposable
{
    private readonly SafeFileHandle? _file;
    private readonly ReadOnlyMemory<byte> _memory;
    private readonly Stream? _stream;
    private readonly SemaphoreSlim? _gate;
    private readonly long _start;

    private PositionalReader(SafeFileHandle? file, ReadOnlyMemory<byte> memory, Stream? stream, long start)
    {
        _file = file;
        _memory = memory;
        _stream = stream;
        _gate = stream is null ? null : new SemaphoreSlim(1, 1);
        _start = start;
    }

    /// <summary>How many bytes there are from offset 0 to the end of the source, now.</summary>
    public long Length => Math.Max(0, (_file is not null ? RandomAccess.GetLength(_file) : _stream?.Length ?? _memory.Length) - _start);

    /// <summary>A reader of <paramref name="bytes"/>, in place.</summary>
    public static PositionalReader Over(ReadOnlyMemory<byte> bytes) => new(null, bytes, null, 0);

    /// <summary>A reader of <paramref name="stream"/> from its current position, which it leaves where it is.</summary>
    /// <exception cref="ArgumentException">The stream cannot read or seek.</exception>
    public static PositionalReader Over(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("Reading audio by position needs a readable, seekable stream.", nameof(stream));
        }

        // Only the exact types are read around their Read: a subclass may change what Read returns.
        long start = stream.Position;
        if (stream.GetType() == typeof(FileStream))
        {
            return new(((FileStream)stream).SafeFileHandle, default, null, start);
        }

        return stream.GetType() == typeof(MemoryStream) && ((MemoryStream)stream).TryGetBuffer(out var buffer)
            ? new(null, buffer.AsMemory(), null, start)
            : new(null, default, stream, start);
    }

    /// <summary>Reads up to <paramref name="buffer"/>'s length from <paramref name="offset"/>; 0 at the end of the source.</summary>
    public int Read(long offset, Span<byte> buffer)
    {
        long at = _start + offset;
        if (_file is not null)
        {
            return RandomAccess.Read(_file, buffer, at);
        }

        if (_stream is null)
        {
            return Copy(at, buffer);
        }

        _gate!.Wait();
        try
        {
            long position = _stream.Position;
            try
            {
                _stream.Position = at;
                return _stream.Read(buffer);
            }
            finally
            {
                _stream.Position = position;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc cref="Read"/>
    public ValueTask<int> ReadAsync(long offset, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        long at = _start + offset;
        return _file is not null ? RandomAccess.ReadAsync(_file, buffer, at, cancellationToken)
            : _stream is null ? ValueTask.FromResult(Copy(at, buffer.Span))
            : ReadStreamAsync(at, buffer, cancellationToken);
    }

    public void Dispose() => _gate?.Dispose();

    // Pooled: an upload is read in many pieces, and a plain async ValueTask method would allocate for each pending one.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> ReadStreamAsync(long at, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await _gate!.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long position = _stream!.Position;
            try
            {
                _stream.Position = at;
                return await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _stream.Position = position;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private int Copy(long at, Span<byte> buffer)
    {
        if (at >= _memory.Length)
        {
            return 0;
        }

        var source = _memory.Span[(int)at..];
        int count = Math.Min(source.Length, buffer.Length);
        source[..count].CopyTo(buffer);
        return count;
    }
}
