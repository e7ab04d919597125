namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>What the emulated Whisper heard: the text, the audio's duration, and its segments and words.</summary>
internal sealed record EmulatedTranscript(string Text, double Duration, IReadOnlyList<TranscriptSegment> Segments, IReadOnlyList<TranscriptWord> Words);
