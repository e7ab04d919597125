namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>
/// One SSE data event of a stream, reported to <see cref="GroqEmulatorOptions.ChunkWritten"/> just before the emulator writes it.
/// </summary>
/// <param name="RequestId">The request's <c>x-request-id</c> (also in the stream's <c>x_groq.id</c>), which keys the stream.</param>
/// <param name="Index">The event's position among the stream's data events, from 0 (the role chunk); <c>[DONE]</c> is not reported.</param>
/// <param name="Timestamp">
/// <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/> taken just before the event is handed to the response body and flushed,
/// so a caller in the same process can compare it with its own <see cref="System.Diagnostics.Stopwatch"/> timestamps.
/// </param>
public readonly record struct EmulatorChunkWritten(string RequestId, int Index, long Timestamp);
