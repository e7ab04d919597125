using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The <c>errors</c> list of a batch whose input was refused.</summary>
internal sealed class WireBatchErrors
{
    [JsonPropertyName("data")] public List<WireBatchError>? Data { get; set; }
}
