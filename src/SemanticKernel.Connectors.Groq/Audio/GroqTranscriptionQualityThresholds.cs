namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Where Whisper's segment signals start to mean trouble (defaults from Groq's documentation: <c>avg_logprob</c> below
/// about -0.5 is suspect, <c>no_speech_prob</c> near 1 is silence, a healthy <c>compression_ratio</c> is around 1.5-2).
/// </summary>
public sealed record GroqTranscriptionQualityThresholds
{
    /// <summary>The defaults.</summary>
    public static GroqTranscriptionQualityThresholds Default { get; } = new();

    /// <summary>Segments whose average log probability is below this are flagged <see cref="GroqSegmentQuality.LowConfidence"/>. Default -0.5.</summary>
    public double MinAvgLogprob { get; init; } = -0.5;

    /// <summary>Segments whose no-speech probability is above this are flagged <see cref="GroqSegmentQuality.LikelySilence"/>. Default 0.5.</summary>
    public double MaxNoSpeechProb { get; init; } = 0.5;

    /// <summary>Segments compressing below this are flagged <see cref="GroqSegmentQuality.UnusualCompressionRatio"/>. Default 1.0.</summary>
    public double MinCompressionRatio { get; init; } = 1.0;

    /// <summary>Segments compressing above this (typically repetition) are flagged <see cref="GroqSegmentQuality.UnusualCompressionRatio"/>. Default 2.4.</summary>
    public double MaxCompressionRatio { get; init; } = 2.4;

    /// <summary>The flags a segment with these signals gets.</summary>
    /// <param name="avgLogprob">The segment's average log probability.</param>
    /// <param name="noSpeechProb">The segment's no-speech probability.</param>
    /// <param name="compressionRatio">The segment's compression ratio.</param>
    /// <returns>The flags, or <see cref="GroqSegmentQuality.None"/>.</returns>
    public GroqSegmentQuality Judge(double avgLogprob, double noSpeechProb, double compressionRatio) =>
        (avgLogprob < MinAvgLogprob ? GroqSegmentQuality.LowConfidence : GroqSegmentQuality.None)
        | (noSpeechProb > MaxNoSpeechProb ? GroqSegmentQuality.LikelySilence : GroqSegmentQuality.None)
        | (compressionRatio < MinCompressionRatio || compressionRatio > MaxCompressionRatio ? GroqSegmentQuality.UnusualCompressionRatio : GroqSegmentQuality.None);
}
