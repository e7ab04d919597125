namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// The shape of the <c>Groq:TranscriptionQualityThresholds</c> configuration section: <see cref="GroqTranscriptionQualityThresholds"/>'
/// values, <see langword="null"/> when not given.
/// </summary>
internal sealed class QualityThresholdsSection
{
    public double? MinAvgLogprob { get; set; }

    public double? MaxNoSpeechProb { get; set; }

    public double? MinCompressionRatio { get; set; }

    public double? MaxCompressionRatio { get; set; }

    /// <summary><paramref name="thresholds"/> with every value the section gives.</summary>
    public GroqTranscriptionQualityThresholds ApplyTo(GroqTranscriptionQualityThresholds thresholds) => thresholds with
    {
        MinAvgLogprob = MinAvgLogprob ?? thresholds.MinAvgLogprob,
        MaxNoSpeechProb = MaxNoSpeechProb ?? thresholds.MaxNoSpeechProb,
        MinCompressionRatio = MinCompressionRatio ?? thresholds.MinCompressionRatio,
        MaxCompressionRatio = MaxCompressionRatio ?? thresholds.MaxCompressionRatio,
    };
}
