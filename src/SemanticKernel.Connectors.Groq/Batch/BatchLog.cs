using Microsoft.Extensions.Logging;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>Source-generated log messages of the batch helpers. None of them takes the API key.</summary>
internal static partial class BatchLog
{
    [LoggerMessage(101, LogLevel.Information, "Groq batch {BatchId} created from file {FileId} with {Lines} requests ({Bytes} bytes)")]
    public static partial void Created(ILogger logger, string batchId, string fileId, int lines, long bytes);

    [LoggerMessage(102, LogLevel.Debug, "Groq batch {BatchId} is {Status}: {Completed} completed, {Failed} failed of {Total}")]
    public static partial void Polled(ILogger logger, string batchId, string status, long completed, long failed, long total);

    [LoggerMessage(103, LogLevel.Information, "Cancelling Groq batch {BatchId}: the wait for it was cancelled")]
    public static partial void Cancelling(ILogger logger, string batchId);

    [LoggerMessage(104, LogLevel.Warning, "Groq batch {BatchId} could not be cancelled: {Reason}")]
    public static partial void CancelFailed(ILogger logger, string batchId, string reason);

    [LoggerMessage(105, LogLevel.Warning, "Groq file {FileId}, uploaded for a batch that could not be created, could not be deleted: {Reason}")]
    public static partial void DeleteFailed(ILogger logger, string fileId, string reason);
}
