using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>Scenario A: one non-streaming chat call answered with the recorded Groq response.</summary>
[MemoryDiagnoser]
public class NonStreamingChatBenchmarks
{
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = new Scenario(Scenario.NonStreamingBody(), "application/json", asStream: false);
        VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _scenario.Dispose();

    [Benchmark(Baseline = true, Description = "Raw HttpClient + JsonDocument")]
    public Task<RawChatResult> RawHttpClient() => RawGroqCalls.GetResponseAsync(_scenario.HttpClient);

    [Benchmark(Description = "GroqChatClient")]
    public Task<ChatResponse> GroqChatClient() => _scenario.Groq.GetResponseAsync(_scenario.Messages, _scenario.Options);

    [Benchmark(Description = "OpenAI SDK IChatClient")]
    public Task<ChatResponse> OpenAISdk() => _scenario.OpenAI.GetResponseAsync(_scenario.Messages, _scenario.Options);

    /// <summary>Runs every path once and throws unless all send the same request and read the same answer.</summary>
    internal async Task VerifyAsync()
    {
        var raw = await _scenario.CaptureAndCheckRequestAsync("raw", streaming: false, RawHttpClient);
        var groq = await _scenario.CaptureAndCheckRequestAsync("GroqChatClient", streaming: false, GroqChatClient);
        var openAI = await _scenario.CaptureAndCheckRequestAsync("OpenAI SDK", streaming: false, OpenAISdk);

        if (raw.Text.Length == 0)
        {
            throw new InvalidOperationException("Non-streaming: the baseline read no text.");
        }

        Scenario.RequireSame("Non-streaming", "raw", raw.Text, "GroqChatClient", groq.Text);
        Scenario.RequireSame("Non-streaming", "raw", raw.Text, "OpenAI SDK", openAI.Text);
        RequireUsage("GroqChatClient", raw, groq.Usage);
        RequireUsage("OpenAI SDK", raw, openAI.Usage);
        Console.WriteLine($"// Verified non-streaming: 3 paths read the same {raw.Text.Length} chars and usage {raw.InputTokens}/{raw.OutputTokens}/{raw.TotalTokens}.");
    }

    private static void RequireUsage(string path, RawChatResult raw, UsageDetails? usage)
    {
        if (usage?.InputTokenCount != raw.InputTokens || usage.OutputTokenCount != raw.OutputTokens || usage.TotalTokenCount != raw.TotalTokens)
        {
            throw new InvalidOperationException(
                $"Non-streaming: {path} read usage {usage?.InputTokenCount}/{usage?.OutputTokenCount}/{usage?.TotalTokenCount}, " +
                $"the baseline {raw.InputTokens}/{raw.OutputTokens}/{raw.TotalTokens}.");
        }
    }
}
