using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>One result of executed code: its text, and a PNG when it drew one. Charts are left to the raw representation.</summary>
internal sealed class WireCodeResult
{
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("png")] public string? Png { get; set; }
}
