using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>An answered message.</summary>
internal sealed class WireResponseMessage
{
    [JsonPropertyName("role"), JsonConverter(typeof(RepeatedStringConverter))] public string? Role { get; set; }
    [JsonPropertyName("content")] public string? Content { get; set; }
    [JsonPropertyName("reasoning")] public string? Reasoning { get; set; }
    [JsonPropertyName("tool_calls")] public List<WireToolCall>? ToolCalls { get; set; }
    [JsonPropertyName("executed_tools"), JsonConverter(typeof(ExecutedToolsConverter))] public List<WireExecutedTool>? ExecutedTools { get; set; }
    [JsonPropertyName("annotations"), JsonConverter(typeof(AnnotationsConverter))] public List<WireAnnotation>? Annotations { get; set; }
}
