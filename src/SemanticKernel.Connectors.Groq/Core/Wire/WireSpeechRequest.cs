using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The body of <c>POST /audio/speech</c>.</summary>
internal sealed class WireSpeechRequest
{
    [JsonPropertyName("model")] public required string Model { get; set; }
    [JsonPropertyName("input")] public required string Input { get; set; }
    [JsonPropertyName("voice")] public required string Voice { get; set; }
    [JsonPropertyName("response_format")] public string? ResponseFormat { get; set; }
    [JsonPropertyName("sample_rate")] public int? SampleRate { get; set; }
    [JsonPropertyName("speed")] public float? Speed { get; set; }
}
