using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>A batch object of <c>/batches</c>; times are unix seconds.</summary>
internal sealed class WireBatch
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("endpoint")] public string? Endpoint { get; set; }
    [JsonPropertyName("errors")] public WireBatchErrors? Errors { get; set; }
    [JsonPropertyName("input_file_id")] public string? InputFileId { get; set; }
    [JsonPropertyName("completion_window")] public string? CompletionWindow { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("output_file_id")] public string? OutputFileId { get; set; }
    [JsonPropertyName("error_file_id")] public string? ErrorFileId { get; set; }
    [JsonPropertyName("created_at")] public long? CreatedAt { get; set; }
    [JsonPropertyName("in_progress_at")] public long? InProgressAt { get; set; }
    [JsonPropertyName("expires_at")] public long? ExpiresAt { get; set; }
    [JsonPropertyName("finalizing_at")] public long? FinalizingAt { get; set; }
    [JsonPropertyName("completed_at")] public long? CompletedAt { get; set; }
    [JsonPropertyName("failed_at")] public long? FailedAt { get; set; }
    [JsonPropertyName("expired_at")] public long? ExpiredAt { get; set; }
    [JsonPropertyName("cancelling_at")] public long? CancellingAt { get; set; }
    [JsonPropertyName("cancelled_at")] public long? CancelledAt { get; set; }
    [JsonPropertyName("request_counts")] public WireBatchRequestCounts? RequestCounts { get; set; }
    [JsonPropertyName("metadata")] public Dictionary<string, string>? Metadata { get; set; }
}
