using System.Buffers.Binary;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>A forward-only upload generated on the fly: zeros, or a 16 kHz mono WAV of a continuous 440 Hz tone.</summary>
internal sealed class GeneratedUploadStream(long length, bool wav) : Stream
{
    private const int SampleRate = 16000;
    private static readonly byte[] Zeros = new byte[64 * 1024];
    private readonly byte[] _second = Second();
    private readonly byte[] _header = wav ? Header(length - 44) : [];
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = (int)Math.Min(buffer.Length, length - _position);
        var written = 0;
        while (written < total)
        {
            ReadOnlySpan<byte> source = _position < _header.Length
                ? _header.AsSpan((int)_position)
                : wav ? _second.AsSpan((int)((_position - _header.Length) % _second.Length)) : Zeros;
            var count = Math.Min(source.Length, total - written);
            source[..count].CopyTo(buffer[written..]);
            written += count;
            _position += count;
        }

        return total;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] Second()
    {
        var second = new byte[SampleRate * 2];
        for (var n = 0; n < SampleRate; n++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(second.AsSpan(n * 2), (short)Math.Round(16384 * Math.Sin(2 * Math.PI * 440 * n / SampleRate)));
        }

        return second;
    }

    private static byte[] Header(long dataBytes)
    {
        var header = new byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)(36 + dataBytes));
        "WAVEfmt "u8.CopyTo(header.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(34), 16);
        "data"u8.CopyTo(header.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), (uint)dataBytes);
        return header;
    }
}
