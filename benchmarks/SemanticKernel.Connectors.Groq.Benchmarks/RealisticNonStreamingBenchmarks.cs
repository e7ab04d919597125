using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// The realistic agent request (system prompt, 20 history messages, 3 tools, a tool call and its result) sent for the
/// final answer, answered with the recorded non-streaming Groq text answer.
/// </summary>
[MemoryDiagnoser]
public class RealisticNonStreamingBenchmarks
{
    private RealisticPaths _paths = null!;

    [GlobalSetup]
    public void Setup()
    {
        _paths = new RealisticPaths(Scenario.NonStreamingBody(), "application/json", asStream: false);
        VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _paths.Dispose();

    [Benchmark(Baseline = true, Description = "Floor: Utf8JsonWriter + JsonDocument")]
    public Task<RawChatResult> Floor() => _paths.Floor.GetResponseAsync();

    [Benchmark(Description = "GroqChatClient")]
    public Task<ChatResponse> GroqChatClient() => _paths.GroqClientAsync();

    [Benchmark(Description = "GroqChatCompletionService")]
    public Task<ChatMessageContent> GroqService() => _paths.GroqServiceAsync();

    [Benchmark(Description = "MEAI OpenAI IChatClient")]
    public Task<ChatResponse> OpenAIClient() => _paths.OpenAIClientAsync();

    [Benchmark(Description = "SK OpenAIChatCompletionService")]
    public Task<ChatMessageContent> OpenAIService() => _paths.OpenAIServiceAsync();

    /// <summary>Runs every path once and throws unless each sent the floor's request (as Groq reads it) and read the same answer.</summary>
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

        if (floor.Text.Length == 0)
        {
            throw new InvalidOperationException("Realistic non-streaming: the floor read no text.");
        }

        Scenario.RequireSame("Realistic non-streaming", "floor", floor.Text, "GroqChatClient", groq.Text);
        Scenario.RequireSame("Realistic non-streaming", "floor", floor.Text, "GroqChatCompletionService", groqService.Content ?? string.Empty);
        Scenario.RequireSame("Realistic non-streaming", "floor", floor.Text, "MEAI OpenAI IChatClient", openAI.Text);
        Scenario.RequireSame("Realistic non-streaming", "floor", floor.Text, "SK OpenAIChatCompletionService", openAIService.Content ?? string.Empty);
        RequireUsage("GroqChatClient", floor, groq.Usage);
        RequireUsage("MEAI OpenAI IChatClient", floor, openAI.Usage);
        RequireUsage("GroqChatCompletionService", floor, groqService.Metadata?.GetValueOrDefault(GroqMetadataKeys.Usage) as UsageDetails);

        Console.WriteLine(
            $"// Verified realistic non-streaming: {_paths.Workload.MessageCount} messages and {_paths.Workload.Tools.Count} tools, " +
            $"floor body {floorBody.Length:N0} bytes; 5 paths sent the same request and read the same {floor.Text.Length} chars " +
            $"(usage {floor.InputTokens}/{floor.OutputTokens}/{floor.TotalTokens}); history messages appended by the SK services: " +
            $"Groq {groqAppended}, OpenAI {openAIAppended} (trimmed after each call).");
        RealisticReport.PrintEquivalences(equivalences);
    }

    private static void RequireUsage(string path, RawChatResult floor, UsageDetails? usage)
    {
        if (usage?.InputTokenCount != floor.InputTokens || usage.OutputTokenCount != floor.OutputTokens || usage.TotalTokenCount != floor.TotalTokens)
        {
            throw new InvalidOperationException(
                $"Realistic non-streaming: {path} read usage {usage?.InputTokenCount}/{usage?.OutputTokenCount}/{usage?.TotalTokenCount}, " +
                $"the floor {floor.InputTokens}/{floor.OutputTokens}/{floor.TotalTokens}.");
        }
    }
}
