using System.Buffers.Binary;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Writes PCM16 mono WAV audio whose every second is one pure tone (or silence), which the emulator's model hears as
/// the word <c>tone{Hz}</c>: a recording whose exact transcript is known, at any length.
/// </summary>
internal static class ToneWav
{
    public static string Word(int hz) => $"tone{hz}";

    /// <summary>The words the emulator hears in audio of these per-second frequencies (0 is silence).</summary>
    public static List<string> Words(IEnumerable<int> frequencies) => [.. frequencies.Where(f => f > 0).Select(Word)];

    /// <summary>A long, varied but deterministic sequence of tones between 100 and 2000 Hz with a silent second every 13.</summary>
    public static int[] Sequence(int seconds) =>
        [.. Enumerable.Range(0, seconds).Select(i => i % 13 == 12 ? 0 : 100 + (10 * ((i * 37) % 191)))];

    public static byte[] Bytes(int sampleRate, params int[] frequencies)
    {
        using var stream = new MemoryStream();
        Write(stream, sampleRate, frequencies);
        return stream.ToArray();
    }

    /// <summary>Writes the whole file to a temporary path, second by second, and returns the path.</summary>
    public static string File(int sampleRate, IReadOnlyList<int> frequencies)
    {
        string path = Path.Combine(Path.GetTempPath(), $"tones-{Guid.NewGuid():N}.wav");
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Write(stream, sampleRate, frequencies);
        return path;
    }

    public static void Write(Stream output, int sampleRate, IReadOnlyList<int> frequencies)
    {
        long dataBytes = 2L * sampleRate * frequencies.Count;
        Span<byte> header = stackalloc byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], checked((uint)(36 + dataBytes)));
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(sampleRate * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], (uint)dataBytes);
        output.Write(header);

        var second = new byte[2 * sampleRate];
        foreach (int hz in frequencies)
        {
            for (int n = 0; n < sampleRate; n++)
            {
                // A quarter-period phase shift keeps samples off exact zeros, so every crossing is a clean sign change.
                double sample = hz == 0 ? 0 : 0.5 * Math.Sin((2 * Math.PI * hz * n / sampleRate) + (Math.PI / 4));
                BinaryPrimitives.WriteInt16LittleEndian(second.AsSpan(2 * n), (short)Math.Round(sample * short.MaxValue));
            }

            output.Write(second);
        }
    }
}
