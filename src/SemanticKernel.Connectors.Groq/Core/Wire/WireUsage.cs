using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>Token counts and Groq's timings (float seconds).</summary>
internal sealed class WireUsage
{
    [JsonPropertyName("queue_time")] public double? QueueTime { get; set; }
    [JsonPropertyName("prompt_tokens")] public long? PromptTokens { get; set; }
    [JsonPropertyName("prompt_time")] public double? PromptTime { get; set; }
    [JsonPropertyName("completion_tokens")] public long? CompletionTokens { get; set; }
    [JsonPropertyName("completion_time")] public double? CompletionTime { get; set; }
    [JsonPropertyName("total_tokens")] public long? TotalTokens { get; set; }
    [JsonPropertyName("total_time")] public double? TotalTime { get; set; }
    [JsonPropertyName("prompt_tokens_details")] public WirePromptTokensDetails? PromptTokensDetails { get; set; }
    [JsonPropertyName("completion_tokens_details")] public WireCompletionTokensDetails? CompletionTokensDetails { get; set; }
}
