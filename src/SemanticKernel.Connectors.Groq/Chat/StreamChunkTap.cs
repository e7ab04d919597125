using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Lets <see cref="GroqChatCompletionService"/> see the chunk an update came from (its role, an empty text delta, the
/// tool-call deltas), which SK's content mirrors and MEAI's update does not carry. <see cref="Chunk"/> is set before each
/// update is yielded and is valid until the enumeration moves on; <see langword="null"/> for an update that is not one
/// chunk (JSON mode's whole answer, the calls still open when a stream ends).
/// </summary>
internal sealed class StreamChunkTap
{
    public StreamChunk? Chunk { get; set; }
}
