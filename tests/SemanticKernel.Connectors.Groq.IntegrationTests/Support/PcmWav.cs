namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Builds PCM16 WAVs from tone parts of any length and loudness, at any sample rate and channel count (only the first
/// channel carries the tone). Extensible WAVs use the <c>WAVE_FORMAT_EXTENSIBLE</c> header and carry an extra LIST chunk
/// before the data. For whole-second, full-loudness mono tones use <see cref="ToneWav"/>.
/// </summary>
internal static class PcmWav
{
    public static byte[] Bytes(int sampleRate, int channels, bool extensible, params (double Seconds, double Hz, double Amplitude)[] parts)
    {
        var samples = new List<short>();
        foreach (var (seconds, hz, amplitude) in parts)
        {
            var frames = (int)Math.Round(seconds * sampleRate);
            for (var n = 0; n < frames; n++)
            {
                samples.Add((short)Math.Round(amplitude * 32767 * Math.Sin(2 * Math.PI * hz * n / sampleRate)));
                for (var channel = 1; channel < channels; channel++)
                {
                    samples.Add(0);
                }
            }
        }

        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        var formatBytes = extensible ? 40 : 16;
        var listChunk = extensible ? new byte[] { (byte)'L', (byte)'I', (byte)'S', (byte)'T', 3, 0, 0, 0, 1, 2, 3, 0 } : [];
        writer.Write("RIFF"u8);
        writer.Write(4 + (8 + formatBytes) + listChunk.Length + 8 + (samples.Count * 2));
        writer.Write("WAVEfmt "u8);
        writer.Write(formatBytes);
        writer.Write(extensible ? (ushort)0xFFFE : (ushort)1);
        writer.Write((ushort)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * channels * 2);
        writer.Write((ushort)(channels * 2));
        writer.Write((ushort)16);
        if (extensible)
        {
            writer.Write((ushort)22);
            writer.Write((ushort)16);
            writer.Write(3u);
            writer.Write(new Guid("00000001-0000-0010-8000-00aa00389b71").ToByteArray());
        }

        writer.Write(listChunk);
        writer.Write("data"u8);
        writer.Write(samples.Count * 2);
        foreach (var sample in samples)
        {
            writer.Write(sample);
        }

        writer.Flush();
        return stream.ToArray();
    }
}
