using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

/// <summary>Batch runners over a <see cref="FakeBatchApi"/>, polling fast.</summary>
internal static class BatchTestClients
{
    public static GroqChatBatchOptions FastPolling { get; } = new() { PollInterval = TimeSpan.FromMilliseconds(1), MaxPollInterval = TimeSpan.FromMilliseconds(4) };

    public static GroqChatBatch Runner(HttpMessageHandler handler) =>
        new(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

    public static GroqBatchRequest Request(string customId, string prompt = "Hi", ChatOptions? options = null) =>
        new(customId, [new ChatMessage(ChatRole.User, prompt)], options);

    public static IEnumerable<GroqBatchRequest> Requests(int count, string prompt = "Hi")
    {
        for (int i = 0; i < count; i++)
        {
            yield return Request($"req-{i}", prompt);
        }
    }

    public static async Task<List<GroqBatchResult>> AllAsync(IAsyncEnumerable<GroqBatchResult> results)
    {
        var all = new List<GroqBatchResult>();
        await foreach (var result in results)
        {
            all.Add(result);
        }

        return all;
    }
}
