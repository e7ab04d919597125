using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireFunctionCall
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("arguments")] public string? Arguments { get; set; }
}
