namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// The connector's half of the <see cref="BatchConformanceCases"/> steps whose request it can send: the same JSONL
/// bytes and file names uploaded with <see cref="GroqFilesClient"/>, the same batch created, looked up, listed and
/// cancelled with <see cref="GroqBatchesClient"/>. Each case's setup replays the groq-sdk steps before it.
/// </summary>
internal static class BatchRequestCases
{
    private static readonly Dictionary<string, string> Metadata = new() { ["suite"] = "conformance" };

    public static IEnumerable<BatchRequestCase> All()
    {
        yield return new("files-create", None, async (s, ct) => BatchAnswerFacts.From(await s.UploadAsync(BatchConformanceCases.Input, "requests.jsonl", ct), s.Ids));
        yield return new("files-list", Uploaded, async (s, ct) => BatchAnswerFacts.From(await s.Files.ListAsync(ct), s.Ids));
        yield return new("files-info", Uploaded, async (s, ct) => BatchAnswerFacts.From(await s.Files.GetAsync(s.FileId!, ct), s.Ids));
        yield return new("files-content", Uploaded, async (s, ct) =>
        {
            using var reader = new StreamReader(await s.Files.DownloadContentAsync(s.FileId!, ct));
            return new AnswerSummary(await reader.ReadToEndAsync(ct));
        });
        yield return new("files-delete", Uploaded, async (s, ct) => BatchAnswerFacts.FromDeletion(s.FileId!, await s.Files.DeleteAsync(s.FileId!, ct), s.Ids));

        yield return new("batches-create", Uploaded, async (s, ct) => BatchAnswerFacts.From(await s.CreateBatchAsync("24h", Metadata, ct), s.Ids));
        yield return new("batches-retrieve", Created, async (s, ct) => BatchAnswerFacts.From(await s.Batches.GetAsync(s.BatchId!, ct), s.Ids));
        yield return new("batches-list", async (s, ct) =>
        {
            await Created(s, ct);
            await s.WaitAsync(ct);
        }, async (s, ct) => BatchAnswerFacts.From(await s.Batches.ListAsync(ct), s.Ids));
        yield return new("batches-cancel", async (s, ct) =>
        {
            await s.UploadAsync(BatchConformanceCases.LongInput, "long.jsonl", ct);
            await s.CreateBatchAsync("7d", null, ct);
        }, async (s, ct) => BatchAnswerFacts.From(await s.Batches.CancelAsync(s.BatchId!, ct), s.Ids));
    }

    private static Task None(BatchSession session, CancellationToken ct) => Task.CompletedTask;

    private static async Task Uploaded(BatchSession session, CancellationToken ct) => await session.UploadAsync(BatchConformanceCases.Input, "requests.jsonl", ct);

    private static async Task Created(BatchSession session, CancellationToken ct)
    {
        await Uploaded(session, ct);
        await session.CreateBatchAsync("24h", Metadata, ct);
    }
}
