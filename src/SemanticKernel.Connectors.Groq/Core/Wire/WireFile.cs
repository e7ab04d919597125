using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A file object of <c>/files</c>.</summary>
internal sealed class WireFile
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("bytes")] public long? Bytes { get; set; }
    [JsonPropertyName("created_at")] public long? CreatedAt { get; set; }
    [JsonPropertyName("filename")] public string? Filename { get; set; }
    [JsonPropertyName("purpose")] public string? Purpose { get; set; }
}
