using System.Buffers.Binary;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// The emulated Orpheus voice: a 440 Hz sine at half of full scale, mono, at the request's <c>sample_rate</c>, lasting
/// 0.06 s per Unicode scalar of <c>input</c> (voice and speed do not change it).
/// <c>wav</c> is a real PCM 16-bit WAV (<c>audio/wav</c>); <c>mulaw</c> is the same samples as raw G.711 mu-law bytes
/// (<c>audio/basic</c>); <c>mp3</c> (<c>audio/mpeg</c>), <c>flac</c> (<c>audio/flac</c>) and <c>ogg</c> (<c>audio/ogg</c>) are
/// deterministic but not decodable bytes: the format's magic (<c>ID3</c>, <c>fLaC</c>, <c>OggS</c>) then the PCM samples.
/// </summary>
internal static class SpeechSynthesizer
{
    public const double SecondsPerCharacter = 0.06;
    public const double ToneHz = 440;

    private static ReadOnlySpan<byte> Id3Header => [(byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 0];

    private static ReadOnlySpan<byte> OggPageStart => [(byte)'O', (byte)'g', (byte)'g', (byte)'S', 0, 2];

    public static (byte[] Body, string ContentType) Synthesize(SpeechRequest request)
    {
        var samples = Tone(request.Input.EnumerateRunes().Count(), request.SampleRate);
        return request.ResponseFormat switch
        {
            "mulaw" => (MuLaw(samples), "audio/basic"),
            "mp3" => (Prefixed(Id3Header, samples), "audio/mpeg"),
            "flac" => (Prefixed("fLaC"u8, samples), "audio/flac"),
            "ogg" => (Prefixed(OggPageStart, samples), "audio/ogg"),
            _ => (Wav(samples, request.SampleRate), "audio/wav"),
        };
    }

    private static short[] Tone(int characters, int sampleRate)
    {
        var samples = new short[(int)Math.Round(characters * SecondsPerCharacter * sampleRate)];
        for (var n = 0; n < samples.Length; n++)
        {
            samples[n] = (short)Math.Round(16384 * Math.Sin(2 * Math.PI * ToneHz * n / sampleRate));
        }

        return samples;
    }

    private static byte[] Wav(short[] samples, int sampleRate)
    {
        const int HeaderBytes = 44;
        var dataBytes = samples.Length * 2;
        var wav = new byte[HeaderBytes + dataBytes];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], HeaderBytes - 8 + dataBytes);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataBytes);
        WritePcm(samples, span[HeaderBytes..]);
        return wav;
    }

    private static byte[] Prefixed(ReadOnlySpan<byte> magic, short[] samples)
    {
        var bytes = new byte[magic.Length + (samples.Length * 2)];
        magic.CopyTo(bytes);
        WritePcm(samples, bytes.AsSpan(magic.Length));
        return bytes;
    }

    private static void WritePcm(short[] samples, Span<byte> destination)
    {
        for (var n = 0; n < samples.Length; n++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(destination[(n * 2)..], samples[n]);
        }
    }

    private static byte[] MuLaw(short[] samples)
    {
        const int Bias = 0x84;
        const int Clip = 32635;
        var bytes = new byte[samples.Length];
        for (var n = 0; n < samples.Length; n++)
        {
            int sample = samples[n];
            var sign = sample < 0 ? 0x80 : 0;
            var magnitude = Math.Min(Math.Abs(sample), Clip) + Bias;
            var exponent = 7;
            for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
            {
                exponent--;
            }

            var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
            bytes[n] = (byte)~(sign | (exponent << 4) | mantissa);
        }

        return bytes;
    }
}
