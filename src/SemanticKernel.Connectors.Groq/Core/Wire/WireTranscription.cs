using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A transcription or translation answer (<c>json</c> has only text and <c>x_groq</c>; <c>verbose_json</c> has it all).</summary>
internal sealed class WireTranscription
{
    [JsonPropertyName("task")] public string? Task { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("duration")] public double? Duration { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("segments")] public List<WireTranscriptionSegment>? Segments { get; set; }
    [JsonPropertyName("words")] public List<WireTranscriptionWord>? Words { get; set; }
    [JsonPropertyName("x_groq")] public WireXGroq? XGroq { get; set; }
}
