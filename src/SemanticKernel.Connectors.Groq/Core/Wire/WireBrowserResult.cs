using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A page a browsing tool opened.</summary>
internal sealed class WireBrowserResult
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("content")] public string? Content { get; set; }
    [JsonPropertyName("live_view_url")] public string? LiveViewUrl { get; set; }
}
