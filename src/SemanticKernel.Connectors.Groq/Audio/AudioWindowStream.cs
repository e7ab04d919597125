using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// A read-only view of <c>length</c> bytes of a seekable stream from <c>start</c>, which leaves the stream open, so an
/// upload can be sent again on a retry without copying the audio. A plain <see cref="FileStream"/> is read by position
/// through its handle, which neither moves its position nor fills its buffer.
/// </summary>
internal sealed class AudioWindowStream(Stream source, long start, long length) : Stream
{
    private readonly SafeFileHandle? _file = source.GetType() == typeof(FileStream) ? ((FileStream)source).SafeFileHandle : null;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int wanted = (int)Math.Min(buffer.Length, Math.Max(0, length - _position));
        if (wanted == 0)
        {
            return 0;
        }

        int read;
        if (_file is not null)
        {
            read = RandomAccess.Read(_file, buffer[..wanted], start + _position);
        }
        else
        {
            source.Position = start + _position;
            read = source.Read(buffer[..wanted]);
        }

        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Pooled: an upload is read in many chunks, and a plain async ValueTask method would allocate for each pending one.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int wanted = (int)Math.Min(buffer.Length, Math.Max(0, length - _position));
        if (wanted == 0)
        {
            return 0;
        }

        int read;
        if (_file is not null)
        {
            read = await RandomAccess.ReadAsync(_file, buffer[..wanted], start + _position, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            source.Position = start + _position;
            read = await source.ReadAsync(buffer[..wanted], cancellationToken).ConfigureAwait(false);
        }

        _position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
