using BenchmarkDotNet.Attributes;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// The realistic agent request (system prompt, 20 history messages, 3 tools, a tool call and its result) sent for the
/// final answer, answered with the recorded Groq SSE stream (663 chunks + <c>[DONE]</c>). Every path consumes the whole
/// stream and appends each piece of text to a StringBuilder.
/// </summary>
[MemoryDiagnoser]
public class RealisticStreamingBenchmarks
{
    private RealisticPaths _paths = null!;

    [GlobalSetup]
    public void Setup()
    {
        _paths = new RealisticPaths(Scenario.StreamingBody(), "text/event-stream", asStream: true);
        VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _paths.Dispose();

    [Benchmark(Baseline = true, Description = "Floor: Utf8JsonWriter + SseParser + JsonDocument")]
    public Task<string> Floor() => _paths.Floor.GetStreamingTextAsync();

    [Benchmark(Description = "GroqChatClient")]
    public Task<string> GroqChatClient() => _paths.StreamClientAsync(_paths.Scenario.Groq);

    [Benchmark(Description = "GroqChatCompletionService")]
    public Task<string> GroqService() => _paths.StreamGroqServiceAsync();

    [Benchmark(Description = "MEAI OpenAI IChatClient")]
    public Task<string> OpenAIClient() => _paths.StreamClientAsync(_paths.Scenario.OpenAI);

    [Benchmark(Description = "SK OpenAIChatCompletionService")]
    public Task<string> OpenAIService() => _paths.StreamOpenAIServiceAsync();

    /// <summary>Runs every path once and throws unless each sent the floor's request (as Groq reads it) and read the same text.</summary>
    internal async Task VerifyAsync()
    {
        var (floor, floorBody) = await _paths.CaptureAsync("floor", Floor);
        var (groq, groqBody) = await _paths.CaptureAsync("GroqChatClient", GroqChatClient);
        var (groqService, groqServiceBody) = await _paths.CaptureAsync("GroqChatCompletionService", GroqService);
        int groqAppended = _paths.LastAppended;
        var (openAI, openAIBody) = await _paths.CaptureAsync("MEAI OpenAI IChatClient", OpenAIClient);
        var (openAIService, openAIServiceBody) = await _paths.CaptureAsync("SK OpenAIChatCompletionService", OpenAIService);
        int openAIAppended = _paths.LastAppended;

        RequestBodyComparer.RequireRefusesChanges(floorBody);
        var equivalences = new[]
        {
            ("GroqChatClient", RequestBodyComparer.RequireSame("GroqChatClient", floorBody, groqBody)),
            ("GroqChatCompletionService", RequestBodyComparer.RequireSame("GroqChatCompletionService", floorBody, groqServiceBody)),
            ("MEAI OpenAI IChatClient", RequestBodyComparer.RequireSame("MEAI OpenAI IChatClient", floorBody, openAIBody)),
            ("SK OpenAIChatCompletionService", RequestBodyComparer.RequireSame("SK OpenAIChatCompletionService", floorBody, openAIServiceBody)),
        };

        if (floor.Length == 0)
        {
            throw new InvalidOperationException("Realistic streaming: the floor read no text.");
        }

        Scenario.RequireSame("Realistic streaming", "floor", floor, "GroqChatClient", groq);
        Scenario.RequireSame("Realistic streaming", "floor", floor, "GroqChatCompletionService", groqService);
        Scenario.RequireSame("Realistic streaming", "floor", floor, "MEAI OpenAI IChatClient", openAI);
        Scenario.RequireSame("Realistic streaming", "floor", floor, "SK OpenAIChatCompletionService", openAIService);
        Console.WriteLine(
            $"// Verified realistic streaming: {_paths.Workload.MessageCount} messages and {_paths.Workload.Tools.Count} tools, " +
            $"floor body {floorBody.Length:N0} bytes; 5 paths sent the same request and read the same {floor.Length} chars; " +
            $"history messages appended by the SK services: Groq {groqAppended}, OpenAI {openAIAppended} (trimmed after each call).");
        RealisticReport.PrintEquivalences(equivalences);
    }
}
