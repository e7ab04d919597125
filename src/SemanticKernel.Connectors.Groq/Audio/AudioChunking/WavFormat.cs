using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>The layout of an integer-PCM WAV file (RIFF/WAVE, also RF64/BW64): where its samples are and how they are packed.</summary>
/// <param name="Channels">Interleaved channels per sample frame.</param>
/// <param name="SampleRate">Sample frames per second.</param>
/// <param name="BitsPerSample">8, 16, 24 or 32.</param>
/// <param name="DataOffset">The stream position of the first sample byte.</param>
/// <param name="DataLength">The bytes of samples, a whole number of frames.</param>
internal sealed record WavFormat(int Channels, int SampleRate, int BitsPerSample, long DataOffset, long DataLength)
{
    private const ushort FormatPcm = 1;
    private const ushort FormatExtensible = 0xFFFE;
    private const int MaxFormatChunkLength = 1024;

    // KSDATAFORMAT_SUBTYPE_PCM without its first two bytes (the format tag): 00000001-0000-0010-8000-00aa00389b71.
    private static ReadOnlySpan<byte> PcmSubFormatTail => [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    /// <summary>Bytes per sample frame (all channels).</summary>
    public int BlockAlign => Channels * (BitsPerSample / 8);

    /// <summary>Sample frames in the data.</summary>
    public long FrameCount => DataLength / BlockAlign;

    /// <summary>How long the audio plays.</summary>
    public TimeSpan Duration => FrameTime(FrameCount);

    /// <summary>
    /// The body of the source's <c>fmt </c> chunk when it is WAVE_FORMAT_EXTENSIBLE (kept so chunk headers carry its
    /// channel mask); empty for plain PCM.
    /// </summary>
    public ReadOnlyMemory<byte> ExtensibleFormatChunk { get; init; }

    /// <summary>The time at which a sample frame starts, rounded to the nearest tick.</summary>
    public TimeSpan FrameTime(long frame) =>
        TimeSpan.FromTicks((long)(((Int128)frame * TimeSpan.TicksPerSecond + SampleRate / 2) / SampleRate));

    /// <summary>
    /// Reads the WAV header at the stream's current position and puts the position back where it was.
    /// </summary>
    /// <param name="stream">A readable, seekable stream.</param>
    /// <param name="format">The layout, when the stream is an integer-PCM WAV file.</param>
    /// <returns>
    /// <see langword="false"/> when the stream is not RIFF/WAVE, or is a WAVE whose encoding is not integer PCM
    /// (float, A-law, compressed): such audio cannot be split by bytes here.
    /// </returns>
    /// <exception cref="ArgumentException">The stream cannot read or seek.</exception>
    /// <exception cref="InvalidDataException">The stream claims to be WAVE but its header is truncated or inconsistent.</exception>
    public static bool TryRead(Stream stream, [NotNullWhen(true)] out WavFormat? format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("Reading a WAV header needs a readable, seekable stream.", nameof(stream));
        }

        long start = stream.Position;
        try
        {
            format = Read(stream);
            return format is not null;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static WavFormat? Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length ||
            !header[8..12].SequenceEqual("WAVE"u8))
        {
            return null;
        }

        bool rf64 = header[..4].SequenceEqual("RF64"u8) || header[..4].SequenceEqual("BW64"u8);
        if (!rf64 && !header[..4].SequenceEqual("RIFF"u8))
        {
            return null;
        }

        long streamLength = stream.Length;
        long? ds64DataLength = null;
        byte[]? fmt = null;
        Span<byte> chunkHeader = stackalloc byte[8];
        Span<byte> ds64 = stackalloc byte[24];
        while (true)
        {
            long chunkStart = stream.Position;
            if (stream.ReadAtLeast(chunkHeader, chunkHeader.Length, throwOnEndOfStream: false) < chunkHeader.Length)
            {
                throw new InvalidDataException(fmt is null
                    ? "The WAV file ends before its 'fmt ' chunk: the header is truncated."
                    : "The WAV file ends before a 'data' chunk: the header is truncated, or there are no samples.");
            }

            ReadOnlySpan<byte> id = chunkHeader[..4];
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);
            long bodyStart = chunkStart + 8;
            if (id.SequenceEqual("data"u8))
            {
                if (fmt is null)
                {
                    throw new InvalidDataException("The WAV file's 'data' chunk comes before its 'fmt ' chunk.");
                }

                return Create(fmt, bodyStart, DeclaredDataLength(size, ds64DataLength, bodyStart, streamLength));
            }

            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || size > MaxFormatChunkLength)
                {
                    throw new InvalidDataException($"The WAV file's 'fmt ' chunk is {size} bytes; a valid one has 16 to {MaxFormatChunkLength}.");
                }

                fmt = new byte[size];
                ReadBody(stream, fmt, "fmt ");
                if (!IsIntegerPcm(fmt))
                {
                    return null;
                }
            }
            else if (rf64 && id.SequenceEqual("ds64"u8))
            {
                if (size < 24)
                {
                    throw new InvalidDataException($"The RF64 file's 'ds64' chunk is {size} bytes; it needs at least 24.");
                }

                ReadBody(stream, ds64, "ds64");
                ds64DataLength = BinaryPrimitives.ReadInt64LittleEndian(ds64[8..16]);
            }

            // RIFF pads every chunk to an even length; the pad byte is not counted in the size.
            long next = bodyStart + size + (size & 1);
            if (next > streamLength)
            {
                throw new InvalidDataException(
                    $"The WAV file's '{Encoding.ASCII.GetString(id)}' chunk claims {size} bytes but the file ends first: there is no 'data' chunk.");
            }

            stream.Position = next;
        }
    }

    private static void ReadBody(Stream stream, Span<byte> body, string chunkId)
    {
        if (stream.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) < body.Length)
        {
            throw new InvalidDataException($"The WAV file ends inside its '{chunkId}' chunk: the header is truncated.");
        }
    }

    private static bool IsIntegerPcm(ReadOnlySpan<byte> fmt)
    {
        ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        return tag == FormatPcm ||
            (tag == FormatExtensible && fmt.Length >= 40 &&
             BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]) == FormatPcm && fmt[26..40].SequenceEqual(PcmSubFormatTail));
    }

    private static long DeclaredDataLength(uint declared, long? ds64DataLength, long dataOffset, long streamLength)
    {
        long available = streamLength - dataOffset;
        long length = declared switch
        {
            // Streaming writers cannot go back to fill in the size; RF64 keeps the real size in 'ds64'.
            0 or uint.MaxValue => ds64DataLength is > 0 ? ds64DataLength.Value : available,
            _ => declared,
        };

        // A recording cut short (a crash, a copy in progress) declares more than it holds: read what is there.
        return Math.Min(length, available);
    }

    private static WavFormat Create(byte[] fmt, long dataOffset, long dataLength)
    {
        ReadOnlySpan<byte> span = fmt;
        ushort tag = BinaryPrimitives.ReadUInt16LittleEndian(span);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(span[2..]);
        uint sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
        int blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(span[12..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(span[14..]);
        if (channels == 0)
        {
            throw new InvalidDataException("The WAV file's 'fmt ' chunk declares 0 channels.");
        }

        if (sampleRate is 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"The WAV file's 'fmt ' chunk declares a sample rate of {sampleRate} Hz.");
        }

        if (bits is not (8 or 16 or 24 or 32))
        {
            throw new InvalidDataException($"The WAV file has {bits}-bit samples; integer PCM of 8, 16, 24 or 32 bits is supported.");
        }

        if (blockAlign != channels * (bits / 8))
        {
            throw new InvalidDataException(
                $"The WAV file's block align is {blockAlign} bytes, but {channels} channel(s) of {bits}-bit samples take {channels * (bits / 8)}.");
        }

        return new WavFormat(channels, (int)sampleRate, bits, dataOffset, dataLength - (dataLength % blockAlign))
        {
            ExtensibleFormatChunk = tag == FormatExtensible ? fmt : ReadOnlyMemory<byte>.Empty,
        };
    }
}
