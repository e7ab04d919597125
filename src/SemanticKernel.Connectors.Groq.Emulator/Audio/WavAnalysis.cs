namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>What <see cref="WavAnalyzer"/> learned from a PCM 16-bit WAV file.</summary>
internal sealed record WavAnalysis(int SampleRate, int Channels, long Frames, IReadOnlyList<AudioWindow> Windows)
{
    /// <summary>The real duration in seconds: frames / sample rate.</summary>
    public double Duration => (double)Frames / SampleRate;
}
