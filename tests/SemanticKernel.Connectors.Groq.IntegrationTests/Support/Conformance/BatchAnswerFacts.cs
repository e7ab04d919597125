using System.Globalization;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// The facts of a files/batches answer both clients must read alike, as one line per object: a file's id, bytes, name
/// and purpose; a batch's id, status, endpoint, window, input file, whether it names output and error files, its
/// request counts and metadata; a deletion's flag; a download's text. Ids go through the side's own
/// <see cref="IdPlaceholders"/>. A batch still <c>validating</c>, <c>in_progress</c> or <c>finalizing</c> reads as
/// <c>running</c>, and request counts are compared only once a batch has ended (not while <c>cancelling</c> either):
/// the emulator moves batches along on its own clock, so how far one got between two requests is timing, not
/// something either client reads.
/// </summary>
internal static class BatchAnswerFacts
{
    private static readonly string[] Running = ["validating", "in_progress", "finalizing"];
    private static readonly string[] Ended = ["completed", "failed", "expired", "cancelled"];

    /// <summary>What groq-sdk returned for <paramref name="call"/>, read the way its typings describe it.</summary>
    public static AnswerSummary FromSdk(SdkCall call, JsonElement result, IdPlaceholders ids) => new(call.Call switch
    {
        "files.create" or "files.info" => SdkFile(result, ids),
        "files.list" => string.Join("; ", result.GetProperty("data").EnumerateArray().Select(f => SdkFile(f, ids))),
        "files.content" => result.GetProperty("text").GetString()!,
        "files.delete" => Deleted(ids.Apply(result.GetProperty("id").GetString()!), result.GetProperty("deleted").GetBoolean()),
        "batches.create" or "batches.retrieve" or "batches.cancel" => SdkBatch(result, ids),
        "batches.list" => string.Join("; ", result.GetProperty("data").EnumerateArray().Select(b => SdkBatch(b, ids))),
        _ => throw new NotSupportedException(call.Call),
    });

    public static AnswerSummary From(GroqFile file, IdPlaceholders ids) => new(File(ids.Apply(file.Id), file.Bytes, file.FileName, file.Purpose));

    public static AnswerSummary From(IEnumerable<GroqFile> files, IdPlaceholders ids) =>
        new(string.Join("; ", files.Select(f => From(f, ids).Text)));

    public static AnswerSummary From(GroqBatch batch, IdPlaceholders ids) => new(Batch(
        ids.Apply(batch.Id), batch.Status.Value, batch.Endpoint, batch.CompletionWindow, batch.InputFileId is { } input ? ids.Apply(input) : null,
        batch.OutputFileId is not null, batch.ErrorFileId is not null,
        (batch.RequestCounts.Total, batch.RequestCounts.Completed, batch.RequestCounts.Failed), batch.Metadata));

    public static AnswerSummary From(IEnumerable<GroqBatch> batches, IdPlaceholders ids) =>
        new(string.Join("; ", batches.Select(b => From(b, ids).Text)));

    /// <summary>The connector's <see cref="GroqFilesClient.DeleteAsync"/> answers only the flag; the id is the one it asked for.</summary>
    public static AnswerSummary FromDeletion(string fileId, bool deleted, IdPlaceholders ids) => new(Deleted(ids.Apply(fileId), deleted));

    private static string SdkFile(JsonElement file, IdPlaceholders ids) => File(
        ids.Apply(file.GetProperty("id").GetString()!), file.GetProperty("bytes").GetInt64(), Text(file, "filename"), Text(file, "purpose"));

    private static string SdkBatch(JsonElement batch, IdPlaceholders ids)
    {
        var counts = batch.TryGetProperty("request_counts", out var c) && c.ValueKind == JsonValueKind.Object
            ? (Number(c, "total"), Number(c, "completed"), Number(c, "failed"))
            : (0L, 0L, 0L);
        Dictionary<string, string>? metadata = batch.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : null;
        return Batch(
            ids.Apply(batch.GetProperty("id").GetString()!), batch.GetProperty("status").GetString()!, Text(batch, "endpoint"), Text(batch, "completion_window"),
            Text(batch, "input_file_id") is { } input ? ids.Apply(input) : null,
            !string.IsNullOrEmpty(Text(batch, "output_file_id")), !string.IsNullOrEmpty(Text(batch, "error_file_id")), counts, metadata);
    }

    private static string File(string id, long bytes, string? fileName, string? purpose) =>
        string.Create(CultureInfo.InvariantCulture, $"file {id} bytes={bytes} filename={fileName} purpose={purpose}");

    private static string Batch(
        string id, string status, string? endpoint, string? window, string? inputFileId, bool hasOutput, bool hasErrors,
        (long Total, long Completed, long Failed) counts, IEnumerable<KeyValuePair<string, string>>? metadata)
    {
        string progress = Running.Contains(status) ? "running"
            : Ended.Contains(status) ? string.Create(CultureInfo.InvariantCulture, $"{status} counts={counts.Total}/{counts.Completed}/{counts.Failed}")
            : status;
        string labels = metadata is null ? "none" : string.Join(",", metadata.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"batch {id} {progress} endpoint={endpoint} window={window} input={inputFileId} output={hasOutput} errors={hasErrors} metadata={labels}";
    }

    private static string Deleted(string id, bool deleted) => $"file {id} deleted={deleted}";

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long Number(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
