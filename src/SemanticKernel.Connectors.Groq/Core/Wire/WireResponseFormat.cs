using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary><c>{"type":"text"|"json_object"|"json_schema", "json_schema"?}</c>.</summary>
internal sealed class WireResponseFormat
{
    [JsonPropertyName("type")] public required string Type { get; set; }
    [JsonPropertyName("json_schema")] public WireJsonSchema? JsonSchema { get; set; }
}
