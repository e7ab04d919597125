using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WirePromptTokensDetails
{
    [JsonPropertyName("cached_tokens")] public long? CachedTokens { get; set; }
}
