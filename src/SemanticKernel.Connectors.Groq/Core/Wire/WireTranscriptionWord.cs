using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>One timed word of a <c>verbose_json</c> answer with word granularity.</summary>
internal sealed class WireTranscriptionWord
{
    [JsonPropertyName("word")] public string? Word { get; set; }
    [JsonPropertyName("start")] public double Start { get; set; }
    [JsonPropertyName("end")] public double End { get; set; }
}
