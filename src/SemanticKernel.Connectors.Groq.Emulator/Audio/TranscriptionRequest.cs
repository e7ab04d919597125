namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>A validated <c>/audio/transcriptions</c> or <c>/audio/translations</c> request: exactly one of <see cref="File"/> and <see cref="Url"/> is set.</summary>
internal sealed record TranscriptionRequest
{
    public required bool Translate { get; init; }

    public required string Model { get; init; }

    public string? Language { get; init; }

    public required string ResponseFormat { get; init; }

    public double? Temperature { get; init; }

    public required bool SegmentTimestamps { get; init; }

    public required bool WordTimestamps { get; init; }

    public AudioFormFile? File { get; init; }

    public string? Url { get; init; }
}
