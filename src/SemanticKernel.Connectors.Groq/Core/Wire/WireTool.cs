using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A tool offered to the model: a function, or a built-in type such as <c>browser_search</c>.</summary>
internal sealed class WireTool
{
    [JsonPropertyName("type")] public required string Type { get; set; }
    [JsonPropertyName("function")] public WireFunctionDefinition? Function { get; set; }
}
