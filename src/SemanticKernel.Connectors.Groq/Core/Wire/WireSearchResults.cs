using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The <c>search_results</c> of an executed web search.</summary>
internal sealed class WireSearchResults
{
    [JsonPropertyName("results")] public List<WireSearchResult>? Results { get; set; }
    [JsonPropertyName("images")] public List<string>? Images { get; set; }
}
