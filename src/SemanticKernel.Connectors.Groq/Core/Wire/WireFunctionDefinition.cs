using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireFunctionDefinition
{
    [JsonPropertyName("name")] public required string Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("parameters")] public WireJsonValue? Parameters { get; set; }
    [JsonPropertyName("strict")] public bool? Strict { get; set; }
}
