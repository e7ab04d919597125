using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>One parsed SSE event of a Groq stream: a chunk (the stream's reused one), the <c>[DONE]</c> marker, or an <c>event: error</c>.</summary>
internal readonly record struct SseFrame(StreamChunk? Chunk, JsonElement? Error, bool IsDone);
