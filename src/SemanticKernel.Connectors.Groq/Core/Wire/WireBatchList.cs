using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The answer of <c>GET /batches</c>.</summary>
internal sealed class WireBatchList
{
    [JsonPropertyName("data")] public List<WireBatch>? Data { get; set; }
}
