namespace SemanticKernel.Connectors.Groq;

/// <summary>How audio over Groq's upload limit is split into overlapping chunks, transcribed concurrently and merged.</summary>
public sealed record GroqAudioChunkingOptions
{
    /// <summary>The defaults: 25 MB uploads, 10-minute chunks overlapping by 10 s, 4 chunks at a time.</summary>
    public static GroqAudioChunkingOptions Default { get; } = new();

    /// <summary>The largest upload sent as one request; larger audio is chunked. Default 25 MB, Groq's limit.</summary>
    public long MaxUploadBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>The length of each chunk (shortened when a chunk of this length would not fit <see cref="MaxUploadBytes"/>). Default 10 minutes.</summary>
    public TimeSpan ChunkDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How much consecutive chunks overlap, so no word is cut at a seam. Default 10 seconds.</summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many chunks are transcribed at once. Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>The <c>ffmpeg</c> executable used to convert compressed audio; <see langword="null"/> looks for <c>ffmpeg</c> on PATH.</summary>
    public string? FfmpegPath { get; init; }
}
