namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Where Whisper's segment signals start to mean trouble. The defaults are Whisper's own fallback rules and Groq's
/// documentation: <c>avg_logprob</c> below -0.5 is suspect, <c>no_speech_prob</c> above 0.5 is likely silence, and a
/// <c>compression_ratio</c> (UTF-8 bytes of the text over its zlib-compressed bytes) above 2.4 is repetition.
/// </summary>
/// <remarks>
/// A low compression ratio is no sign of trouble: short text does not compress, so a normal segment such as
/// " Recipe is simple." has a ratio of about 0.7. Whisper distrusts only ratios above 2.4, and so does the default;
/// <see cref="MinCompressionRatio"/> is there for callers who want a lower bound anyway.
/// </remarks>
public sealed record GroqTranscriptionQualityThresholds
{
    /// <summary>The defaults.</summary>
    public static GroqTranscriptionQualityThresholds Default { get; } = new();

    /// <summary>Segments whose average log probability is below this are flagged <see cref="GroqSegmentQuality.LowConfidence"/>. Default -0.5.</summary>
    public double MinAvgLogprob { get; init; } = -0.5;

    /// <summary>Segments whose no-speech probability is above this are flagged <see cref="GroqSegmentQuality.LikelySilence"/>. Default 0.5.</summary>
    public double MaxNoSpeechProb { get; init; } = 0.5;

    /// <summary>
    /// Segments compressing below this are flagged <see cref="GroqSegmentQuality.UnusualCompressionRatio"/>. Default 0: off,
    /// as in Whisper, since short normal text compresses below 1.
    /// </summary>
    public double MinCompressionRatio { get; init; }

    /// <summary>Segments compressing above this (typically repetition) are flagged <see cref="GroqSegmentQuality.UnusualCompressionRatio"/>. Default 2.4, Whisper's own.</summary>
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
