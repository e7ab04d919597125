using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// Stops the default answer at <c>max_completion_tokens</c> as a model stops generating: reasoning comes first and takes
/// the budget first, then the answer, each cut at the emulator's own estimate (<see cref="ChatUsage.CharactersPerToken"/>).
/// A text answer so cut ends with <c>finish_reason: length</c>; a tool call or JSON answer cannot be returned half
/// written, so Groq's 400 <c>tool_use_failed</c> / <c>json_validate_failed</c> carries what was written instead (a streamed
/// tool call gets it as an SSE <c>error</c> event, the stream having begun).
/// </summary>
internal static class CompletionBudget
{
    public const string ToolUseFailed = "Failed to call a function. Please adjust your prompt. See 'failed_generation' for more details.";

    public const string JsonValidateFailed = "Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.";

    /// <summary>The reasoning and content that fit <paramref name="maxTokens"/>, and the reasoning tokens spent.</summary>
    public static (string? Reasoning, string Content, int ReasoningTokens) Cut(string? reasoning, string content, int maxTokens)
    {
        if (reasoning is not null)
        {
            var reasoningTokens = ChatUsage.Tokens(reasoning.Length);
            if (reasoningTokens >= maxTokens)
            {
                return (Prefix(reasoning, maxTokens), string.Empty, maxTokens);
            }

            return (reasoning, Prefix(content, maxTokens - reasoningTokens), reasoningTokens);
        }

        return (null, Prefix(content, maxTokens), 0);
    }

    /// <summary>The error for a tool call or JSON answer that did not fit: Groq's code, message and the generation so far.</summary>
    public static GroqErrorException Refusal(bool toolCall, string generation) => new(toolCall
        ? new GroqError(400, ToolUseFailed, Code: "tool_use_failed", FailedGeneration: generation)
        : new GroqError(400, JsonValidateFailed, Code: "json_validate_failed", FailedGeneration: generation));

    private static string Prefix(string text, int tokens)
    {
        var length = Math.Min(text.Length, tokens * ChatUsage.CharactersPerToken);
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
