using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A tool call in a message, or a piece of one in a stream delta (keyed by <see cref="Index"/>).</summary>
internal sealed class WireToolCall
{
    [JsonPropertyName("index")] public int? Index { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("function")] public WireFunctionCall? Function { get; set; }
}
