using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq;

/// <summary>The outcome of one item of a <see cref="GroqKernelBatch"/>: its message, or why it failed. Exactly one of the two is set.</summary>
/// <param name="Index">The item's position in the sequence that was submitted.</param>
/// <param name="CustomId">The custom id the item was submitted with (<c>item-</c> and its index).</param>
/// <param name="Content">The assistant's message, with SK's and Groq's metadata (usage included), when the item succeeded.</param>
/// <param name="Error">Why the item failed: Groq's error for it, or <c>batch_expired</c> / <c>batch_cancelled</c> when it never ran.</param>
public sealed record GroqKernelBatchResult(int Index, string CustomId, ChatMessageContent? Content, GroqException? Error)
{
    /// <summary>Gets a value indicating whether the item got an answer.</summary>
    public bool Succeeded => Content is not null;
}
