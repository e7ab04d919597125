using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A user content part: <c>text</c> or <c>image_url</c>.</summary>
internal sealed class WireContentPart
{
    [JsonPropertyName("type")] public required string Type { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("image_url")] public WireImageUrl? ImageUrl { get; set; }
}
