using System.Buffers.Binary;
using System.Text;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Builds WAV files in memory: PCM16 tones, silence and ramps, with any chunks in any order.</summary>
internal static class TestWav
{
    /// <summary>A complete PCM16 WAV file of a sine tone.</summary>
    public static byte[] Tone(int sampleRate, TimeSpan duration, int channels = 1, double frequency = 440) =>
        File(FormatChunk(channels, sampleRate, 16),
            Pcm16(sampleRate, duration, channels, (frame, _) => (short)(8000 * Math.Sin(2 * Math.PI * frequency * frame / sampleRate))));

    /// <summary>A complete PCM16 WAV file of silence.</summary>
    public static byte[] Silence(int sampleRate, TimeSpan duration, int channels = 1) =>
        File(FormatChunk(channels, sampleRate, 16), Pcm16(sampleRate, duration, channels, (_, _) => 0));

    /// <summary>PCM16 samples where every byte position is easy to tell apart (a ramp that differs per channel).</summary>
    public static byte[] Ramp(int sampleRate, TimeSpan duration, int channels = 1) =>
        Pcm16(sampleRate, duration, channels, (frame, channel) => (short)((frame * 7) + (channel * 1000)));

    /// <summary>Interleaved little-endian PCM16 samples.</summary>
    public static byte[] Pcm16(int sampleRate, TimeSpan duration, int channels, Func<long, int, short> sample)
    {
        long frames = (long)(duration.TotalSeconds * sampleRate);
        byte[] data = new byte[frames * channels * 2];
        for (long frame = 0; frame < frames; frame++)
        {
            for (int channel = 0; channel < channels; channel++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan((int)(((frame * channels) + channel) * 2)), sample(frame, channel));
            }
        }

        return data;
    }

    /// <summary>The 16-byte body of a plain PCM <c>fmt </c> chunk.</summary>
    public static byte[] FormatChunk(int channels, int sampleRate, int bits, ushort tag = 1, int? blockAlign = null)
    {
        byte[] fmt = new byte[16];
        int align = blockAlign ?? channels * bits / 8;
        BinaryPrimitives.WriteUInt16LittleEndian(fmt, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), (uint)(sampleRate * align));
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), (ushort)align);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), (ushort)bits);
        return fmt;
    }

    /// <summary>The 40-byte body of a WAVE_FORMAT_EXTENSIBLE <c>fmt </c> chunk.</summary>
    public static byte[] ExtensibleFormatChunk(int channels, int sampleRate, int bits, uint channelMask, ushort subFormat = 1)
    {
        byte[] fmt = new byte[40];
        FormatChunk(channels, sampleRate, bits, tag: 0xFFFE).CopyTo(fmt, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(16), 22);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(18), (ushort)bits);
        BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(20), channelMask);
        BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(24), subFormat);
        byte[] guidTail = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];
        guidTail.CopyTo(fmt, 26);
        return fmt;
    }

    /// <summary>A RIFF/WAVE file: <c>fmt </c>, then <paramref name="before"/> chunks, then <c>data</c>.</summary>
    /// <param name="fmt">The <c>fmt </c> body.</param>
    /// <param name="data">The samples.</param>
    /// <param name="declaredDataSize">The size written in the <c>data</c> header, if not the real one (0 or 0xFFFFFFFF when streamed).</param>
    /// <param name="riff">The file's magic: RIFF, or RF64.</param>
    /// <param name="before">Chunks between <c>fmt </c> and <c>data</c> (odd sizes get a pad byte).</param>
    public static byte[] File(byte[] fmt, byte[] data, uint? declaredDataSize = null, string riff = "RIFF", params (string Id, byte[] Body)[] before)
    {
        using var file = new MemoryStream();
        file.Write(Encoding.ASCII.GetBytes(riff));
        file.Write(new byte[4]);
        file.Write("WAVE"u8);
        WriteChunk(file, "fmt ", fmt);
        foreach (var (id, body) in before)
        {
            WriteChunk(file, id, body);
        }

        file.Write("data"u8);
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, declaredDataSize ?? (uint)data.Length);
        file.Write(size);
        file.Write(data);
        byte[] bytes = file.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), riff == "RIFF" ? (uint)(bytes.Length - 8) : uint.MaxValue);
        return bytes;
    }

    /// <summary>The body of an RF64 <c>ds64</c> chunk declaring <paramref name="dataSize"/>.</summary>
    public static byte[] Ds64(long riffSize, long dataSize, long sampleCount)
    {
        byte[] body = new byte[28];
        BinaryPrimitives.WriteInt64LittleEndian(body, riffSize);
        BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(8), dataSize);
        BinaryPrimitives.WriteInt64LittleEndian(body.AsSpan(16), sampleCount);
        return body;
    }

    private static void WriteChunk(MemoryStream file, string id, byte[] body)
    {
        file.Write(Encoding.ASCII.GetBytes(id));
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
        file.Write(size);
        file.Write(body);
        if (body.Length % 2 == 1)
        {
            file.WriteByte(0);
        }
    }
}
