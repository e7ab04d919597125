using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// The outcome of one request of a batch: the <see cref="ChatResponse"/> it got (mapped as <see cref="GroqChatClient"/>
/// maps one, usage included) or the <see cref="GroqException"/> it failed with (an error Groq returned for it, or
/// <c>batch_expired</c> / <c>batch_cancelled</c> when it never ran). Exactly one of the two is set.
/// </summary>
/// <param name="CustomId">The custom id the request was submitted with.</param>
/// <param name="Response">The answer, when the request succeeded.</param>
/// <param name="Error">Why the request failed, when it did.</param>
public sealed record GroqBatchResult(string CustomId, ChatResponse? Response, GroqException? Error)
{
    /// <summary>Gets a value indicating whether the request got an answer.</summary>
    public bool Succeeded => Response is not null;
}
