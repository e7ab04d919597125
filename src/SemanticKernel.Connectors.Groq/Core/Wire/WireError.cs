using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireError
{
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("param")] public string? Param { get; set; }
    [JsonPropertyName("failed_generation")] public string? FailedGeneration { get; set; }
}
