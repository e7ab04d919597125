using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A whole chat completion (streamed chunks are read by <see cref="StreamChunkReader"/>, without one of these each).</summary>
internal sealed class WireChatCompletion
{
    [JsonPropertyName("id"), JsonConverter(typeof(RepeatedStringConverter))] public string? Id { get; set; }
    [JsonPropertyName("created")] public long? Created { get; set; }
    [JsonPropertyName("model"), JsonConverter(typeof(RepeatedStringConverter))] public string? Model { get; set; }
    [JsonPropertyName("system_fingerprint"), JsonConverter(typeof(RepeatedStringConverter))] public string? SystemFingerprint { get; set; }
    [JsonPropertyName("choices")] public List<WireChoice>? Choices { get; set; }
    [JsonPropertyName("usage")] public WireUsage? Usage { get; set; }
    [JsonPropertyName("x_groq")] public WireXGroq? XGroq { get; set; }
    [JsonPropertyName("service_tier")] public string? ServiceTier { get; set; }
    [JsonPropertyName("error")] public JsonElement? Error { get; set; }
}
