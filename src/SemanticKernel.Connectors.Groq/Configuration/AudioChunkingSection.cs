namespace SemanticKernel.Connectors.Groq;

/// <summary>The shape of the <c>Groq:AudioChunking</c> configuration section: <see cref="GroqAudioChunkingOptions"/>' values, <see langword="null"/> when not given.</summary>
internal sealed class AudioChunkingSection
{
    public long? MaxUploadBytes { get; set; }

    public TimeSpan? ChunkDuration { get; set; }

    public TimeSpan? Overlap { get; set; }

    public int? MaxConcurrency { get; set; }

    public string? FfmpegPath { get; set; }

    /// <summary><paramref name="options"/> with every value the section gives.</summary>
    public GroqAudioChunkingOptions ApplyTo(GroqAudioChunkingOptions options) => options with
    {
        MaxUploadBytes = MaxUploadBytes ?? options.MaxUploadBytes,
        ChunkDuration = ChunkDuration ?? options.ChunkDuration,
        Overlap = Overlap ?? options.Overlap,
        MaxConcurrency = MaxConcurrency ?? options.MaxConcurrency,
        FfmpegPath = FfmpegPath ?? options.FfmpegPath,
    };
}
