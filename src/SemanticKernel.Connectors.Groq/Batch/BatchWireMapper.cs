using System.Collections.ObjectModel;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>Groq's file and batch objects to the public records (pure).</summary>
internal static class BatchWireMapper
{
    public static GroqFile ToFile(WireFile file, string? requestId) => new(
        Required(file.Id, "file", requestId),
        file.Bytes ?? 0,
        WireNumbers.UnixSeconds(file.CreatedAt),
        file.Filename,
        file.Purpose);

    public static GroqBatch ToBatch(WireBatch batch, string? requestId)
    {
        var status = new GroqBatchStatus(Required(batch.Status, "batch", requestId, "status"));
        var errors = new List<GroqBatchError>();
        foreach (var error in batch.Errors?.Data ?? [])
        {
            errors.Add(new GroqBatchError(error.Code, error.Message, error.Param, error.Line));
        }

        return new GroqBatch
        {
            Id = Required(batch.Id, "batch", requestId),
            Status = status,
            Endpoint = batch.Endpoint,
            InputFileId = batch.InputFileId,
            OutputFileId = NullIfEmpty(batch.OutputFileId),
            ErrorFileId = NullIfEmpty(batch.ErrorFileId),
            CompletionWindow = batch.CompletionWindow,
            RequestCounts = batch.RequestCounts is { } counts
                ? new GroqBatchRequestCounts(counts.Total ?? 0, counts.Completed ?? 0, counts.Failed ?? 0)
                : new GroqBatchRequestCounts(0, 0, 0),
            Errors = errors,
            Metadata = batch.Metadata is { } metadata ? new ReadOnlyDictionary<string, string>(metadata) : null,
            CreatedAt = WireNumbers.UnixSeconds(batch.CreatedAt),
            ExpiresAt = WireNumbers.UnixSeconds(batch.ExpiresAt),
            EndedAt = WireNumbers.UnixSeconds(batch.CompletedAt ?? batch.FailedAt ?? batch.ExpiredAt ?? batch.CancelledAt),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Required(string? value, string what, string? requestId, string field = "id") =>
        string.IsNullOrEmpty(value)
            ? throw new GroqException($"Groq sent a {what} object without its '{field}'.") { RequestId = requestId }
            : value;
}
