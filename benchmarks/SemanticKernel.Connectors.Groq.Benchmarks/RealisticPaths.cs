using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// The five paths of the realistic workload over one <see cref="Scenario"/> (one canned answer): the floor,
/// <see cref="GroqChatClient"/>, <see cref="GroqChatCompletionService"/>, MEAI's OpenAI client and SK's OpenAI connector,
/// each holding the workload in its own types, built once and reused by every call.
/// </summary>
internal sealed class RealisticPaths : IDisposable
{
    private readonly GroqChatCompletionService _groqService;
    private readonly OpenAIChatCompletionService _openAIService;
    private readonly Kernel _kernel;
    private readonly ChatHistory _history;
    private readonly int _historyCount;

    // Same values as the MEAI options; the tools are offered, not invoked (the recorded answer is text anyway).
    private readonly GroqPromptExecutionSettings _groqSettings = new()
    {
        Temperature = Scenario.Temperature,
        MaxTokens = Scenario.MaxTokens,
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false),
    };

    private readonly OpenAIPromptExecutionSettings _openAISettings = new()
    {
        Temperature = Scenario.Temperature,
        MaxTokens = Scenario.MaxTokens,
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false),
    };

    public RealisticPaths(byte[] responseBody, string mediaType, bool asStream)
    {
        Workload = RealisticWorkload.Load();
        Scenario = new Scenario(responseBody, mediaType, asStream);
        Floor = new RealisticFloor(Workload, Scenario.HttpClient);
        Messages = Workload.ToChatMessages();
        Options = Workload.ToChatOptions();
        _history = Workload.ToChatHistory();
        _historyCount = _history.Count;
        _kernel = Workload.CreateKernel();
        _groqService = new GroqChatCompletionService(Scenario.Model, Scenario.GroqOptions(), Scenario.HttpClient);

        // As in scenario C: given an HttpClient, SK's OpenAI connector turns retries off and the timeout to infinite.
        _openAIService = new OpenAIChatCompletionService(Scenario.Model, Scenario.Endpoint, Scenario.ApiKey, httpClient: Scenario.HttpClient);
    }

    public RealisticWorkload Workload { get; }

    public Scenario Scenario { get; }

    public RealisticFloor Floor { get; }

    public List<ChatMessage> Messages { get; }

    public ChatOptions Options { get; }

    /// <summary>Gets how many messages the last SK call left appended to the history before it was trimmed (verification only).</summary>
    public int LastAppended { get; private set; }

    public Task<ChatResponse> GroqClientAsync() => Scenario.Groq.GetResponseAsync(Messages, Options);

    public Task<ChatResponse> OpenAIClientAsync() => Scenario.OpenAI.GetResponseAsync(Messages, Options);

    public async Task<ChatMessageContent> GroqServiceAsync() =>
        Single(await _groqService.GetChatMessageContentsAsync(_history, _groqSettings, _kernel).ConfigureAwait(false));

    public async Task<ChatMessageContent> OpenAIServiceAsync() =>
        Single(await _openAIService.GetChatMessageContentsAsync(_history, _openAISettings, _kernel).ConfigureAwait(false));

    public async Task<string> StreamClientAsync(IChatClient client)
    {
        var text = new StringBuilder();
        await foreach (var update in client.GetStreamingResponseAsync(Messages, Options).ConfigureAwait(false))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }

    public Task<string> StreamGroqServiceAsync() => StreamServiceAsync(_groqService, _groqSettings);

    public Task<string> StreamOpenAIServiceAsync() => StreamServiceAsync(_openAIService, _openAISettings);

    /// <summary>
    /// Runs <paramref name="call"/> once with request capture on; throws unless it made exactly one request to the chat
    /// completions URL. Returns its result and the body it sent.
    /// </summary>
    public async Task<(T Result, byte[] Body)> CaptureAsync<T>(string path, Func<Task<T>> call)
    {
        var handler = Scenario.Handler;
        handler.Capture = true;
        int before = handler.Requests;
        T result;
        try
        {
            result = await call().ConfigureAwait(false);
        }
        finally
        {
            handler.Capture = false;
        }

        if (handler.Requests != before + 1)
        {
            throw new InvalidOperationException($"{path}: expected exactly one HTTP request, saw {handler.Requests - before}.");
        }

        if (handler.LastRequestUri != Scenario.ChatCompletionsUri)
        {
            throw new InvalidOperationException($"{path}: sent to {handler.LastRequestUri}, expected {Scenario.ChatCompletionsUri}.");
        }

        return (result, handler.LastRequestBody ?? throw new InvalidOperationException($"{path}: no request body."));
    }

    public void Dispose() => Scenario.Dispose();

    private async Task<string> StreamServiceAsync(IChatCompletionService service, PromptExecutionSettings settings)
    {
        var text = new StringBuilder();
        await foreach (var update in service.GetStreamingChatMessageContentsAsync(_history, settings, _kernel).ConfigureAwait(false))
        {
            text.Append(update.Content);
        }

        Trim();
        return text.ToString();
    }

    private ChatMessageContent Single(IReadOnlyList<ChatMessageContent> results)
    {
        Trim();
        return results.Count == 1 ? results[0] : throw new InvalidOperationException($"Realistic: an SK service returned {results.Count} messages, expected 1.");
    }

    // The services may append to the history they are given; take it back to the workload so every call sends the same.
    private void Trim()
    {
        LastAppended = _history.Count - _historyCount;
        if (LastAppended > 0)
        {
            _history.RemoveRange(_historyCount, LastAppended);
        }
    }
}
