using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The answer of <c>GET /files</c>.</summary>
internal sealed class WireFileList
{
    [JsonPropertyName("data")] public List<WireFile>? Data { get; set; }
}
