using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A model as <c>GET /models</c> and <c>GET /models/{id}</c> describe it.</summary>
internal sealed class WireModel
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("created")] public long? Created { get; set; }
    [JsonPropertyName("owned_by")] public string? OwnedBy { get; set; }
    [JsonPropertyName("active")] public bool? Active { get; set; }
    [JsonPropertyName("context_window")] public long? ContextWindow { get; set; }
    [JsonPropertyName("max_completion_tokens")] public long? MaxCompletionTokens { get; set; }
}
