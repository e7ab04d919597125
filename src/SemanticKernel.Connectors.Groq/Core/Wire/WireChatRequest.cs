using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The body of <c>POST /chat/completions</c>: only fields Groq accepts.</summary>
internal sealed class WireChatRequest
{
    [JsonPropertyName("model")] public required string Model { get; set; }
    [JsonPropertyName("messages")] public required List<WireMessage> Messages { get; set; }
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("top_p")] public float? TopP { get; set; }
    [JsonPropertyName("max_completion_tokens")] public int? MaxCompletionTokens { get; set; }
    [JsonPropertyName("stop")] public List<string>? Stop { get; set; }
    [JsonPropertyName("seed")] public long? Seed { get; set; }
    [JsonPropertyName("frequency_penalty")] public float? FrequencyPenalty { get; set; }
    [JsonPropertyName("presence_penalty")] public float? PresencePenalty { get; set; }
    [JsonPropertyName("stream")] public bool? Stream { get; set; }
    [JsonPropertyName("response_format")] public WireResponseFormat? ResponseFormat { get; set; }
    [JsonPropertyName("tools")] public List<WireTool>? Tools { get; set; }
    [JsonPropertyName("tool_choice")] public WireToolChoice? ToolChoice { get; set; }
    [JsonPropertyName("parallel_tool_calls")] public bool? ParallelToolCalls { get; set; }
    [JsonPropertyName("reasoning_format")] public string? ReasoningFormat { get; set; }
    [JsonPropertyName("include_reasoning")] public bool? IncludeReasoning { get; set; }
    [JsonPropertyName("reasoning_effort")] public string? ReasoningEffort { get; set; }

    /// <summary>
    /// Fields written as the caller gave them: Groq-only JSON fields of <c>GroqChatFields</c>, and fields a caller's
    /// <c>ChatOptions.RawRepresentationFactory</c> supplies.
    /// </summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
