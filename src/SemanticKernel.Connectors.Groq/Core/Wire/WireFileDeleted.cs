using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The answer of <c>DELETE /files/{id}</c>.</summary>
internal sealed class WireFileDeleted
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("deleted")] public bool Deleted { get; set; }
}
