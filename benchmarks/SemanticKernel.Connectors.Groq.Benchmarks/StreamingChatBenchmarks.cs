using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Scenario B: one streaming chat call answered with the recorded Groq SSE stream (662 chunks).
/// Every path consumes the whole stream and appends each piece of text to a StringBuilder.
/// </summary>
[MemoryDiagnoser]
public class StreamingChatBenchmarks
{
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = new Scenario(Scenario.StreamingBody(), "text/event-stream", asStream: true);
        VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _scenario.Dispose();

    [Benchmark(Baseline = true, Description = "Raw HttpClient + SseParser + JsonDocument")]
    public Task<string> RawHttpClient() => RawGroqCalls.GetStreamingTextAsync(_scenario.HttpClient);

    [Benchmark(Description = "GroqChatClient")]
    public Task<string> GroqChatClient() => ConsumeAsync(_scenario.Groq);

    [Benchmark(Description = "OpenAI SDK IChatClient")]
    public Task<string> OpenAISdk() => ConsumeAsync(_scenario.OpenAI);

    /// <summary>Runs every path once and throws unless all send the same request and read the same text.</summary>
    internal async Task VerifyAsync()
    {
        string raw = await _scenario.CaptureAndCheckRequestAsync("raw", streaming: true, RawHttpClient);
        string groq = await _scenario.CaptureAndCheckRequestAsync("GroqChatClient", streaming: true, GroqChatClient);
        string openAI = await _scenario.CaptureAndCheckRequestAsync("OpenAI SDK", streaming: true, OpenAISdk);

        if (raw.Length == 0)
        {
            throw new InvalidOperationException("Streaming: the baseline read no text.");
        }

        Scenario.RequireSame("Streaming", "raw", raw, "GroqChatClient", groq);
        Scenario.RequireSame("Streaming", "raw", raw, "OpenAI SDK", openAI);
        Console.WriteLine($"// Verified streaming: 3 paths read the same {raw.Length} chars.");
    }

    private async Task<string> ConsumeAsync(IChatClient client)
    {
        var text = new StringBuilder();
        await foreach (var update in client.GetStreamingResponseAsync(_scenario.Messages, _scenario.Options))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }
}
