using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq;

/// <summary>One chat request of a batch, mapped and checked exactly as <see cref="GroqChatClient"/> maps a request.</summary>
/// <param name="CustomId">The caller's id for the request, unique within the batch; results carry it back.</param>
/// <param name="Messages">The conversation.</param>
/// <param name="Options">The options; <see cref="ChatOptions.ModelId"/> overrides the batch's default model.</param>
public sealed record GroqBatchRequest(string CustomId, IEnumerable<ChatMessage> Messages, ChatOptions? Options = null);
