using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>One reason a batch's input was refused; <c>line</c> is 1-based.</summary>
internal sealed class WireBatchError
{
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("param")] public string? Param { get; set; }
    [JsonPropertyName("line")] public long? Line { get; set; }
}
