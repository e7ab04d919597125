namespace SemanticKernel.Connectors.Groq;

/// <summary>One segment of a <c>verbose_json</c> transcript, with Whisper's quality signals and the flags derived from them.</summary>
public sealed record GroqTranscriptionSegment
{
    /// <summary>The segment's position in the transcript, from 0 (renumbered when chunks are merged).</summary>
    public int Id { get; init; }

    /// <summary>Whisper's seek offset, in 10 ms frames from the start of the whole file.</summary>
    public int Seek { get; init; }

    /// <summary>When the segment starts, from the start of the whole file.</summary>
    public TimeSpan Start { get; init; }

    /// <summary>When the segment ends, from the start of the whole file.</summary>
    public TimeSpan End { get; init; }

    /// <summary>The segment's text, as Whisper wrote it (usually with a leading space).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Whisper's token ids of the text.</summary>
    public IReadOnlyList<int> Tokens { get; init; } = [];

    /// <summary>The sampling temperature Whisper used for the segment.</summary>
    public double Temperature { get; init; }

    /// <summary>Average log probability of the tokens: near 0 is confident, below about -0.5 is suspect.</summary>
    public double AvgLogprob { get; init; }

    /// <summary>Compression ratio of the text (UTF-8 bytes over zlib-compressed bytes): above 2.4 hints at repetition; short text is below 1.</summary>
    public double CompressionRatio { get; init; }

    /// <summary>Probability that the segment holds no speech: near 1 means silence or noise.</summary>
    public double NoSpeechProb { get; init; }

    /// <summary>What the quality signals say, judged by <see cref="GroqTranscriptionQualityThresholds"/>.</summary>
    public GroqSegmentQuality Quality { get; init; }
}
