namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>The transcript of one chunk, its timestamps counted from the start of the chunk.</summary>
/// <param name="Chunk">The chunk that was transcribed.</param>
/// <param name="Transcript">What Groq returned for it.</param>
internal sealed record ChunkTranscript(AudioChunkPlan Chunk, Transcript Transcript);
