using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// A built-in tool Groq ran on the server (<c>browser_search</c>, <c>code_interpreter</c>, compound models' tools), in
/// <c>message.executed_tools</c> or a stream delta's. In a stream the same <see cref="Index"/> may come twice: when the
/// tool starts (type and arguments) and when it has finished (with its output).
/// </summary>
internal sealed class WireExecutedTool
{
    [JsonPropertyName("index")] public int? Index { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("arguments")] public string? Arguments { get; set; }
    [JsonPropertyName("output")] public string? Output { get; set; }
    [JsonPropertyName("search_results")] public WireSearchResults? SearchResults { get; set; }
    [JsonPropertyName("code_results")] public List<WireCodeResult>? CodeResults { get; set; }
    [JsonPropertyName("browser_results")] public List<WireBrowserResult>? BrowserResults { get; set; }

    /// <summary>Whether the tool has finished: it carries an output or results, not only its arguments.</summary>
    [JsonIgnore]
    public bool HasResult => Output is not null || SearchResults is not null || CodeResults is not null || BrowserResults is not null;
}
