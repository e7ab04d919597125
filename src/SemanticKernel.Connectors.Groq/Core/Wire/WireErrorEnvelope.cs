using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary><c>{"error":{...}}</c>.</summary>
internal sealed class WireErrorEnvelope
{
    [JsonPropertyName("error")] public WireError? Error { get; set; }
}
