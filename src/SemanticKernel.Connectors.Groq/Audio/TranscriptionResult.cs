namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>A finished transcription: the transcript in the caller's format, Groq's raw answer(s), and how many chunks it took.</summary>
/// <param name="Transcript">The transcript.</param>
/// <param name="Model">The model that made it.</param>
/// <param name="Raw">The raw answer: a wire object or the text body, or the list of chunk answers when chunked.</param>
/// <param name="Chunks">The number of chunks, or <see langword="null"/> when the audio was sent whole.</param>
internal sealed record TranscriptionResult(Transcript Transcript, string Model, object? Raw, int? Chunks);
