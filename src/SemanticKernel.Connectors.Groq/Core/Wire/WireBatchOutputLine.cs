using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>One line of a batch's output or error file.</summary>
internal sealed class WireBatchOutputLine
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("custom_id")] public string? CustomId { get; set; }
    [JsonPropertyName("response")] public WireBatchLineResponse? Response { get; set; }
    [JsonPropertyName("error")] public WireBatchLineError? Error { get; set; }
}
