namespace SemanticKernel.Connectors.Groq;

/// <summary>Progress of a transcription: chunks done of the total (1 of 1 for audio sent in one request).</summary>
/// <param name="ChunksDone">Chunks transcribed so far.</param>
/// <param name="ChunksTotal">Chunks in all.</param>
public readonly record struct GroqTranscriptionProgress(int ChunksDone, int ChunksTotal);
