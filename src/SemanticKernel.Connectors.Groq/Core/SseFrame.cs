using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>One parsed SSE event of a Groq stream: a chunk, the <c>[DONE]</c> marker, or an <c>event: error</c>.</summary>
internal readonly record struct SseFrame(WireChatCompletion? Chunk, JsonElement? Error, bool IsDone);
