using System.Buffers.Binary;

namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>Writes the header of a WAV file holding a slice of another WAV file's samples.</summary>
internal static class WavHeader
{
    private const int PcmFormatChunkLength = 16;

    /// <summary>The bytes of the header written for <paramref name="format"/>: 44 for plain PCM, 68 for WAVE_FORMAT_EXTENSIBLE.</summary>
    public static int LengthFor(WavFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return 12 + 8 + FormatChunkLength(format) + 8;
    }

    /// <summary>The largest data length a header can declare (RIFF sizes are 32-bit).</summary>
    public static long MaxDataLength(WavFormat format) => uint.MaxValue - (LengthFor(format) - 8);

    /// <summary>A header for <paramref name="dataLength"/> bytes of <paramref name="format"/>'s samples.</summary>
    public static byte[] Create(WavFormat format, long dataLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dataLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dataLength, MaxDataLength(format));

        int fmtLength = FormatChunkLength(format);
        byte[] header = new byte[LengthFor(format)];
        Span<byte> span = header;
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(header.Length - 8 + dataLength));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], (uint)fmtLength);
        Span<byte> fmt = span.Slice(20, fmtLength);
        if (format.ExtensibleFormatChunk.IsEmpty)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(fmt, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[2..], (ushort)format.Channels);
            BinaryPrimitives.WriteUInt32LittleEndian(fmt[4..], (uint)format.SampleRate);
            BinaryPrimitives.WriteUInt32LittleEndian(fmt[8..], (uint)((long)format.SampleRate * format.BlockAlign));
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[12..], (ushort)format.BlockAlign);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[14..], (ushort)format.BitsPerSample);
        }
        else
        {
            // The source's own WAVE_FORMAT_EXTENSIBLE body (channel mask, valid bits), cut to its standard 40 bytes.
            format.ExtensibleFormatChunk.Span[..fmtLength].CopyTo(fmt);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt[16..], 22);
        }

        "data"u8.CopyTo(span[(20 + fmtLength)..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(24 + fmtLength)..], (uint)dataLength);
        return header;
    }

    private static int FormatChunkLength(WavFormat format) => format.ExtensibleFormatChunk.IsEmpty ? PcmFormatChunkLength : 40;
}
