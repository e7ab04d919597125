using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The answer to <c>GET /models</c>: <c>{"object":"list","data":[...]}</c>.</summary>
internal sealed class WireModelList
{
    [JsonPropertyName("data")] public List<WireModel>? Data { get; set; }
}
