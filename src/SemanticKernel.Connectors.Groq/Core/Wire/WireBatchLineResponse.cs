using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The HTTP answer one batch request got: a chat completion, or a Groq error body.</summary>
internal sealed class WireBatchLineResponse
{
    [JsonPropertyName("status_code")] public int? StatusCode { get; set; }
    [JsonPropertyName("request_id")] public string? RequestId { get; set; }
    [JsonPropertyName("body")] public JsonElement? Body { get; set; }
}
