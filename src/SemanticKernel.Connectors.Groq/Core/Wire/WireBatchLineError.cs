using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>Why a batch request never ran (<c>batch_expired</c>, <c>batch_cancelled</c>).</summary>
internal sealed class WireBatchLineError
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}
