using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>One page a web search found.</summary>
internal sealed class WireSearchResult
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("content")] public string? Content { get; set; }
    [JsonPropertyName("score")] public double? Score { get; set; }
}
