namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>One chunk of a WAV file to transcribe on its own.</summary>
/// <param name="Index">The chunk's position, from 0.</param>
/// <param name="Offset">When the chunk starts, from the start of the file.</param>
/// <param name="Duration">How long the chunk plays.</param>
/// <param name="DataStart">The chunk's first byte, counted from the start of the file's <c>data</c> chunk.</param>
/// <param name="DataLength">The chunk's bytes of samples.</param>
internal sealed record AudioChunkPlan(int Index, TimeSpan Offset, TimeSpan Duration, long DataStart, long DataLength);
