using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>How many requests of a batch there are, and how many were answered or failed.</summary>
internal sealed class WireBatchRequestCounts
{
    [JsonPropertyName("total")] public long? Total { get; set; }
    [JsonPropertyName("completed")] public long? Completed { get; set; }
    [JsonPropertyName("failed")] public long? Failed { get; set; }
}
