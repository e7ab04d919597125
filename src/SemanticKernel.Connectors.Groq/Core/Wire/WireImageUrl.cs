using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireImageUrl
{
    [JsonPropertyName("url")] public required string Url { get; set; }
    [JsonPropertyName("detail")] public string? Detail { get; set; }
}
