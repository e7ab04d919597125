using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>The body of <c>POST /batches</c>.</summary>
internal sealed class WireBatchCreateRequest
{
    [JsonPropertyName("input_file_id")] public required string InputFileId { get; set; }
    [JsonPropertyName("endpoint")] public required string Endpoint { get; set; }
    [JsonPropertyName("completion_window")] public required string CompletionWindow { get; set; }
    [JsonPropertyName("metadata")] public IDictionary<string, string>? Metadata { get; set; }
}
