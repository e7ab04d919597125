using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>Groq's own block: request id, stream usage, and why a stream stopped early.</summary>
internal sealed class WireXGroq
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("seed")] public long? Seed { get; set; }
    [JsonPropertyName("usage")] public WireUsage? Usage { get; set; }
    [JsonPropertyName("error")] public JsonElement? Error { get; set; }
}
