using System.Text;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// The connector's side of a files/batches scenario: its clients on an emulator of its own, and the ids that emulator
/// gave it while the scenario set itself up (uploading the input, creating the batch).
/// </summary>
internal sealed class BatchSession(GroqEmulator emulator)
{
    public GroqEmulator Emulator { get; } = emulator;

    public GroqFilesClient Files { get; } = new(EmulatorClients.Options(emulator));

    public GroqBatchesClient Batches { get; } = new(EmulatorClients.Options(emulator));

    public string? FileId { get; private set; }

    public string? BatchId { get; private set; }

    /// <summary>This side's own ids, for <see cref="RequestComparison"/> and the answer facts.</summary>
    public IdPlaceholders Ids => new IdPlaceholders().File(FileId).Batch(BatchId);

    /// <summary>Uploads <paramref name="jsonl"/> as <paramref name="fileName"/>, exactly the bytes groq-sdk uploads.</summary>
    public async Task<GroqFile> UploadAsync(string jsonl, string fileName, CancellationToken ct)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));
        var file = await Files.UploadAsync(content, fileName, ct);
        FileId = file.Id;
        return file;
    }

    public async Task<GroqBatch> CreateBatchAsync(string completionWindow, IDictionary<string, string>? metadata, CancellationToken ct)
    {
        var batch = await Batches.CreateAsync(FileId!, completionWindow, metadata, ct);
        BatchId = batch.Id;
        return batch;
    }

    /// <summary>Polls the batch every 25 ms until it ends, as run-scenarios.mjs's <c>batches.wait</c> does.</summary>
    public async Task<GroqBatch> WaitAsync(CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        for (;;)
        {
            var batch = await Batches.GetAsync(BatchId!, deadline.Token);
            if (batch.Status.IsTerminal)
            {
                return batch;
            }

            await Task.Delay(25, deadline.Token);
        }
    }
}
