namespace SemanticKernel.Connectors.Groq;

/// <summary>Quality flags of a transcript segment; <see cref="None"/> when nothing looks wrong.</summary>
[Flags]
public enum GroqSegmentQuality
{
    /// <summary>No quality signal crossed its threshold.</summary>
    None = 0,

    /// <summary><see cref="GroqTranscriptionSegment.AvgLogprob"/> is below <see cref="GroqTranscriptionQualityThresholds.MinAvgLogprob"/>.</summary>
    LowConfidence = 1,

    /// <summary><see cref="GroqTranscriptionSegment.NoSpeechProb"/> is above <see cref="GroqTranscriptionQualityThresholds.MaxNoSpeechProb"/>.</summary>
    LikelySilence = 2,

    /// <summary><see cref="GroqTranscriptionSegment.CompressionRatio"/> is above <see cref="GroqTranscriptionQualityThresholds.MaxCompressionRatio"/> (or below an opt-in <see cref="GroqTranscriptionQualityThresholds.MinCompressionRatio"/>).</summary>
    UnusualCompressionRatio = 4,
}
