using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// The cited span of the message content (<c>start_index</c> inclusive, <c>end_index</c> exclusive) and its source:
/// a request document's id, or a tool call's id.
/// </summary>
internal sealed class WireCitation
{
    [JsonPropertyName("document_id")] public string? DocumentId { get; set; }
    [JsonPropertyName("tool_call_id")] public string? ToolCallId { get; set; }
    [JsonPropertyName("start_index")] public int? StartIndex { get; set; }
    [JsonPropertyName("end_index")] public int? EndIndex { get; set; }
}
