using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Scenario C: the Semantic Kernel <see cref="IChatCompletionService"/> paths over the same recorded answers and
/// in-memory handler as scenarios A and B, non-streaming and streaming, each category against its raw baseline.
/// <see cref="GroqChatClient"/> runs here too, so the cost of the SK facade over it is measured in the same run.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SemanticKernelChatBenchmarks
{
    private const string NonStreaming = "Non-streaming";
    private const string Streaming = "Streaming";

    private KernelServices _nonStreaming = null!;
    private KernelServices _streaming = null!;

    [GlobalSetup]
    public void Setup()
    {
        _nonStreaming = new KernelServices(new Scenario(Scenario.NonStreamingBody(), "application/json", asStream: false));
        _streaming = new KernelServices(new Scenario(Scenario.StreamingBody(), "text/event-stream", asStream: true));
        VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _nonStreaming.Dispose();
        _streaming.Dispose();
    }

    [BenchmarkCategory(NonStreaming)]
    [Benchmark(Baseline = true, Description = "Raw HttpClient + JsonDocument")]
    public Task<RawChatResult> RawHttpClient() => RawGroqCalls.GetResponseAsync(_nonStreaming.Scenario.HttpClient);

    [BenchmarkCategory(NonStreaming)]
    [Benchmark(Description = "GroqChatClient")]
    public Task<ChatResponse> GroqChatClient() => _nonStreaming.Scenario.Groq.GetResponseAsync(_nonStreaming.Scenario.Messages, _nonStreaming.Scenario.Options);

    [BenchmarkCategory(NonStreaming)]
    [Benchmark(Description = "GroqChatCompletionService")]
    public Task<IReadOnlyList<ChatMessageContent>> GroqService() => _nonStreaming.GetGroqAsync();

    [BenchmarkCategory(NonStreaming)]
    [Benchmark(Description = "SK OpenAIChatCompletionService")]
    public Task<IReadOnlyList<ChatMessageContent>> OpenAIService() => _nonStreaming.GetOpenAIAsync();

    [BenchmarkCategory(Streaming)]
    [Benchmark(Baseline = true, Description = "Raw HttpClient + SseParser + JsonDocument")]
    public Task<string> RawHttpClientStreaming() => RawGroqCalls.GetStreamingTextAsync(_streaming.Scenario.HttpClient);

    [BenchmarkCategory(Streaming)]
    [Benchmark(Description = "GroqChatClient")]
    public async Task<string> GroqChatClientStreaming()
    {
        var text = new StringBuilder();
        await foreach (var update in _streaming.Scenario.Groq.GetStreamingResponseAsync(_streaming.Scenario.Messages, _streaming.Scenario.Options))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }

    [BenchmarkCategory(Streaming)]
    [Benchmark(Description = "GroqChatCompletionService")]
    public Task<string> GroqServiceStreaming() => _streaming.StreamGroqAsync();

    [BenchmarkCategory(Streaming)]
    [Benchmark(Description = "SK OpenAIChatCompletionService")]
    public Task<string> OpenAIServiceStreaming() => _streaming.StreamOpenAIAsync();

    /// <summary>Runs every path once and throws unless all send the same request and read the same answer.</summary>
    internal async Task VerifyAsync()
    {
        var ns = _nonStreaming.Scenario;
        var raw = await ns.CaptureAndCheckRequestAsync("raw", streaming: false, RawHttpClient);
        var groqClient = await ns.CaptureAndCheckRequestAsync("GroqChatClient", streaming: false, GroqChatClient);
        var groq = Single("GroqChatCompletionService", await ns.CaptureAndCheckRequestAsync("GroqChatCompletionService", streaming: false, GroqService));
        int groqAppended = _nonStreaming.LastAppended;
        var openAI = Single("SK OpenAIChatCompletionService", await ns.CaptureAndCheckRequestAsync("SK OpenAIChatCompletionService", streaming: false, OpenAIService));
        int openAIAppended = _nonStreaming.LastAppended;
        if (raw.Text.Length == 0)
        {
            throw new InvalidOperationException("SK non-streaming: the baseline read no text.");
        }

        Scenario.RequireSame("SK non-streaming", "raw", raw.Text, "GroqChatClient", groqClient.Text);
        Scenario.RequireSame("SK non-streaming", "raw", raw.Text, "GroqChatCompletionService", groq.Content ?? string.Empty);
        Scenario.RequireSame("SK non-streaming", "raw", raw.Text, "SK OpenAIChatCompletionService", openAI.Content ?? string.Empty);
        var groqUsage = groq.Metadata?.GetValueOrDefault(GroqMetadataKeys.Usage) as UsageDetails;
        RequireUsage("GroqChatCompletionService", raw, groqUsage?.InputTokenCount, groqUsage?.OutputTokenCount, groqUsage?.TotalTokenCount);
        var openAIUsage = openAI.Metadata?.GetValueOrDefault("Usage") as ChatTokenUsage;
        RequireUsage("SK OpenAIChatCompletionService", raw, openAIUsage?.InputTokenCount, openAIUsage?.OutputTokenCount, openAIUsage?.TotalTokenCount);

        var s = _streaming.Scenario;
        string rawText = await s.CaptureAndCheckRequestAsync("raw", streaming: true, RawHttpClientStreaming);
        string groqClientText = await s.CaptureAndCheckRequestAsync("GroqChatClient", streaming: true, GroqChatClientStreaming);
        string groqText = await s.CaptureAndCheckRequestAsync("GroqChatCompletionService", streaming: true, GroqServiceStreaming);
        int groqStreamAppended = _streaming.LastAppended;
        string openAIText = await s.CaptureAndCheckRequestAsync("SK OpenAIChatCompletionService", streaming: true, OpenAIServiceStreaming);
        int openAIStreamAppended = _streaming.LastAppended;
        if (rawText.Length == 0)
        {
            throw new InvalidOperationException("SK streaming: the baseline read no text.");
        }

        Scenario.RequireSame("SK streaming", "raw", rawText, "GroqChatClient", groqClientText);
        Scenario.RequireSame("SK streaming", "raw", rawText, "GroqChatCompletionService", groqText);
        Scenario.RequireSame("SK streaming", "raw", rawText, "SK OpenAIChatCompletionService", openAIText);
        Console.WriteLine(
            $"// Verified SK: 4 paths read the same {raw.Text.Length} chars and usage {raw.InputTokens}/{raw.OutputTokens}/{raw.TotalTokens} " +
            $"non-streaming and the same {rawText.Length} chars streaming. Messages appended to the ChatHistory per call " +
            $"(taken off again after each call): Groq service {groqAppended}/{groqStreamAppended}, OpenAI service {openAIAppended}/{openAIStreamAppended} (non-streaming/streaming).");
    }

    private static ChatMessageContent Single(string path, IReadOnlyList<ChatMessageContent> results) =>
        results.Count == 1 ? results[0] : throw new InvalidOperationException($"SK non-streaming: {path} returned {results.Count} messages, expected 1.");

    private static void RequireUsage(string path, RawChatResult raw, long? input, long? output, long? total)
    {
        if (input != raw.InputTokens || output != raw.OutputTokens || total != raw.TotalTokens)
        {
            throw new InvalidOperationException(
                $"SK non-streaming: {path} read usage {input}/{output}/{total}, the baseline {raw.InputTokens}/{raw.OutputTokens}/{raw.TotalTokens}.");
        }
    }

    /// <summary>The two SK chat services of one scenario, over its <see cref="Scenario.HttpClient"/>, and what every call sends.</summary>
    private sealed class KernelServices : IDisposable
    {
        private readonly GroqChatCompletionService _groq;
        private readonly OpenAIChatCompletionService _openAI;

        // Same values as Scenario.Options (temperature 0.5, 256 max tokens), so every path sends the same request.
        private readonly GroqPromptExecutionSettings _groqSettings = new() { Temperature = Scenario.Temperature, MaxTokens = Scenario.MaxTokens };
        private readonly OpenAIPromptExecutionSettings _openAISettings = new() { Temperature = Scenario.Temperature, MaxTokens = Scenario.MaxTokens };

        // One user message. Reused across calls; Trim takes off anything a call appended to it.
        private readonly ChatHistory _history = new(Scenario.Prompt, AuthorRole.User);

        public KernelServices(Scenario scenario)
        {
            Scenario = scenario;
            _groq = new GroqChatCompletionService(Scenario.Model, Scenario.GroqOptions(), scenario.HttpClient);

            // SK's OpenAI connector takes the base address as its endpoint. Given an HttpClient it turns retries
            // off and the timeout to infinite (the Groq paths keep theirs), and adds a Semantic-Kernel-Version header.
            _openAI = new OpenAIChatCompletionService(Scenario.Model, Scenario.Endpoint, Scenario.ApiKey, httpClient: scenario.HttpClient);
        }

        public Scenario Scenario { get; }

        /// <summary>Gets how many messages the last call appended to the history (verification only).</summary>
        public int LastAppended { get; private set; }

        public async Task<IReadOnlyList<ChatMessageContent>> GetGroqAsync()
        {
            var result = await _groq.GetChatMessageContentsAsync(_history, _groqSettings).ConfigureAwait(false);
            Trim();
            return result;
        }

        public async Task<IReadOnlyList<ChatMessageContent>> GetOpenAIAsync()
        {
            var result = await _openAI.GetChatMessageContentsAsync(_history, _openAISettings).ConfigureAwait(false);
            Trim();
            return result;
        }

        public Task<string> StreamGroqAsync() => ConsumeAsync(_groq, _groqSettings);

        public Task<string> StreamOpenAIAsync() => ConsumeAsync(_openAI, _openAISettings);

        public void Dispose() => Scenario.Dispose();

        private async Task<string> ConsumeAsync(IChatCompletionService service, PromptExecutionSettings settings)
        {
            var text = new StringBuilder();
            await foreach (var update in service.GetStreamingChatMessageContentsAsync(_history, settings).ConfigureAwait(false))
            {
                text.Append(update.Content);
            }

            Trim();
            return text.ToString();
        }

        private void Trim()
        {
            LastAppended = _history.Count - 1;
            if (_history.Count > 1)
            {
                _history.RemoveRange(1, _history.Count - 1);
            }
        }
    }
}
