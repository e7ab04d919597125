using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A request message. Has no <c>name</c>: Groq rejects it.</summary>
internal sealed class WireMessage
{
    [JsonPropertyName("role")] public required string Role { get; set; }
    [JsonPropertyName("content")] public WireContent? Content { get; set; }
    [JsonPropertyName("tool_calls")] public List<WireToolCall>? ToolCalls { get; set; }
    [JsonPropertyName("tool_call_id")] public string? ToolCallId { get; set; }
    [JsonPropertyName("reasoning")] public string? Reasoning { get; set; }
}
