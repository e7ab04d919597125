using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>One <c>verbose_json</c> segment with Whisper's quality signals.</summary>
internal sealed class WireTranscriptionSegment
{
    [JsonPropertyName("id")] public int Id { get; set; }
    [JsonPropertyName("seek")] public int Seek { get; set; }
    [JsonPropertyName("start")] public double Start { get; set; }
    [JsonPropertyName("end")] public double End { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("tokens")] public List<int>? Tokens { get; set; }
    [JsonPropertyName("temperature")] public double Temperature { get; set; }
    [JsonPropertyName("avg_logprob")] public double AvgLogprob { get; set; }
    [JsonPropertyName("compression_ratio")] public double CompressionRatio { get; set; }
    [JsonPropertyName("no_speech_prob")] public double NoSpeechProb { get; set; }
}
