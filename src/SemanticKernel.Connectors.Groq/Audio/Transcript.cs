namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>A transcript as read from Groq (or merged from chunks), before it becomes SK or MEAI content.</summary>
/// <param name="Text">The whole text.</param>
/// <param name="Language">The language name Groq reports (<c>verbose_json</c> only), e.g. "English".</param>
/// <param name="Duration">The audio's duration (<c>verbose_json</c> only).</param>
/// <param name="Segments">The segments (<c>verbose_json</c> only), timed from the start of the whole file.</param>
/// <param name="Words">The words (<c>verbose_json</c> with word granularity only), timed from the start of the whole file.</param>
/// <param name="RequestId">Groq's request id (<c>x_groq.id</c> or the <c>x-request-id</c> header); the first chunk's when merged.</param>
internal sealed record Transcript(
    string Text,
    string? Language,
    TimeSpan? Duration,
    IReadOnlyList<GroqTranscriptionSegment>? Segments,
    IReadOnlyList<GroqTranscriptionWord>? Words,
    string? RequestId);
