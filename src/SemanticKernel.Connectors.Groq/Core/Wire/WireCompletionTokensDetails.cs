using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireCompletionTokensDetails
{
    [JsonPropertyName("reasoning_tokens")] public long? ReasoningTokens { get; set; }
}
