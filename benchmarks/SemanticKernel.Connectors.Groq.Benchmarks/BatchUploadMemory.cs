using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Batch;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// <c>--batch-memory</c>: <see cref="GroqChatBatch.SubmitAsync"/> of 1,000 and 10,000 requests (each ~2 KB of prompt) against a
/// handler that drains the upload as a socket would. Retained = the most managed memory reachable (after a full collection,
/// sampled every MiB of upload) minus the same before the call; allocated = bytes allocated by the call, minus what the
/// caller's own lazily made requests cost (measured apart by enumerating them twice, as the call does).
/// </summary>
internal static class BatchUploadMemory
{
    private static readonly string Prompt = string.Concat(Enumerable.Repeat("Summarize the following support ticket in one line. ", 40));
    private static readonly ChatOptions Options = new() { Temperature = 0.2f, MaxOutputTokens = 64 };

    public static async Task<int> RunAsync()
    {
        await MeasureAsync(100);
        Console.WriteLine($"GroqChatBatch.SubmitAsync, one {Encoding.UTF8.GetByteCount(Prompt):N0}-byte prompt per request, upload drained by an in-process handler (no socket).");
        Console.WriteLine("| requests | upload bytes | retained during upload | allocated | allocated per request |\n|---:|---:|---:|---:|---:|");
        foreach (var count in new[] { 1_000, 10_000 })
        {
            var (upload, retained, allocated) = await MeasureAsync(count);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"| {count:N0} | {upload:N0} | {retained:N0} B | {allocated:N0} B | {allocated / count:N0} B |"));
        }

        return 0;
    }

    private static async Task<(long Upload, long Retained, long Allocated)> MeasureAsync(int count)
    {
        var api = new DrainingBatchApi();
        using var http = new HttpClient(api);
        var batch = new GroqChatBatch("llama-3.1-8b-instant", new GroqClientOptions { ApiKey = "gsk_benchmark_not_a_real_key", MaxRetries = 0 }, http);
        var requests = Requests(count);
        var callerOwn = CallerAllocations(requests);

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var created = await batch.SubmitAsync(requests);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before - callerOwn;
        if (created.Id != "batch_1" || api.Upload.Written == 0)
        {
            throw new InvalidOperationException("The batch was not submitted.");
        }

        return (api.Upload.Written, api.Upload.PeakRetained - baseline, allocated);
    }

    private static IEnumerable<GroqBatchRequest> Requests(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new GroqBatchRequest(string.Create(CultureInfo.InvariantCulture, $"ticket-{i}"), [new ChatMessage(ChatRole.User, Prompt)], Options);
        }
    }

    private static long CallerAllocations(IEnumerable<GroqBatchRequest> requests)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var seen = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var request in requests)
            {
                seen += request.CustomId.Length;
            }
        }

        GC.KeepAlive(seen);
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    /// <summary>Answers <c>POST /files</c> after draining the upload into a <see cref="SamplingSink"/>, and <c>POST /batches</c>.</summary>
    private sealed class DrainingBatchApi : HttpMessageHandler
    {
        public SamplingSink Upload { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string json;
            if (request.RequestUri!.AbsolutePath.EndsWith("/files", StringComparison.Ordinal))
            {
                await request.Content!.CopyToAsync(Upload, cancellationToken);
                json = $$"""{"id":"file_1","object":"file","bytes":{{Upload.Written}},"created_at":1764547200,"filename":"batch.jsonl","purpose":"batch"}""";
            }
            else
            {
                await request.Content!.CopyToAsync(Stream.Null, cancellationToken);
                json = """{"id":"batch_1","object":"batch","endpoint":"/v1/chat/completions","input_file_id":"file_1","completion_window":"24h","status":"validating","created_at":1764547200,"request_counts":{"total":0,"completed":0,"failed":0}}""";
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json"), RequestMessage = request };
        }
    }
}
