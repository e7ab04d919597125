namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>One entry of <c>verbose_json</c>'s <c>words</c>; times in seconds.</summary>
internal sealed record TranscriptWord(string Word, double Start, double End);
