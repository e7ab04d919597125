using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A citation on the message text: <c>document_citation</c> or <c>function_citation</c>.</summary>
internal sealed class WireAnnotation
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("document_citation")] public WireCitation? DocumentCitation { get; set; }
    [JsonPropertyName("function_citation")] public WireCitation? FunctionCitation { get; set; }
}
