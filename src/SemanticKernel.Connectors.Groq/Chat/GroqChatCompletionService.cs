using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextGeneration;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Chat.Diagnostics;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using MeaiFunctionCall = Microsoft.Extensions.AI.FunctionCallContent;
using TextContent = Microsoft.SemanticKernel.TextContent;

using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Semantic Kernel chat completion (and text generation through chat) on Groq, over <see cref="GroqChatClient"/>. It
/// behaves as SK's own OpenAI connector: kernel functions offered per <see cref="FunctionChoiceBehavior"/> as tools
/// named <c>Plugin-Function</c>, calls invoked automatically through the kernel's filters with results added to the
/// <see cref="ChatHistory"/>, settings read from <see cref="GroqPromptExecutionSettings"/> or any other connector's
/// settings, reasoning as <see cref="ReasoningContent"/>, and response metadata under SK's and Groq's keys. With SK's
/// diagnostics switch (<c>Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics</c>) on, each request has the
/// <c>gen_ai</c> chat span SK's own connectors make, on the <c>Microsoft.SemanticKernel.Diagnostics</c> source.
/// </summary>
public sealed class GroqChatCompletionService : IChatCompletionService, ITextGenerationService
{
    private readonly GroqChatClient _client;
    private readonly string _modelId;
    private readonly ILogger _logger;
    private readonly KernelFunctionInvoker _invoker;
    private readonly KernelModelDiagnostics _diagnostics;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>; <see cref="PromptExecutionSettings.ModelId"/> overrides it.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqChatCompletionService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(new GroqChatClient(modelId, apiKey, endpoint, httpClient, loggerFactory), loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>; <see cref="PromptExecutionSettings.ModelId"/> overrides it.</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqChatCompletionService(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(new GroqChatClient(modelId, options, httpClient, loggerFactory), loggerFactory)
    {
    }

    /// <summary>
    /// Initializes a new instance over an existing client, so the MEAI and SK paths share one configured client (key,
    /// retries, timeout, <see cref="HttpClient"/>, logging). The service does not dispose <paramref name="client"/>.
    /// </summary>
    /// <param name="client">The client every request goes through; its model is the default model.</param>
    /// <param name="loggerFactory">Where the service logs (settings not sent, function calling); nothing is logged when <see langword="null"/>.</param>
    public GroqChatCompletionService(GroqChatClient client, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var metadata = (ChatClientMetadata)client.GetService(typeof(ChatClientMetadata))!;
        _client = client;
        _modelId = metadata.DefaultModelId!;
        _logger = Loggers.For<GroqChatCompletionService>(loggerFactory);
        _invoker = new KernelFunctionInvoker(_logger);
        _diagnostics = new KernelModelDiagnostics(KernelDiagnosticsSwitches.FromProcess(), metadata.ProviderUri);
        Attributes = new Dictionary<string, object?>
        {
            [AIServiceExtensions.ModelIdKey] = _modelId,
            [AIServiceExtensions.EndpointKey] = metadata.ProviderUri?.ToString(),
        };
    }

    /// <summary>The model id (<c>AIServiceExtensions.ModelIdKey</c>) and endpoint (<c>AIServiceExtensions.EndpointKey</c>).</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    /// <remarks>
    /// With <see cref="GroqPromptExecutionSettings.ResultsPerPrompt"/> above 1 that many requests are sent at once
    /// (each billed) and their answers returned in request order.
    /// </remarks>
    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        var call = Prepare(chatHistory, executionSettings, kernel, streaming: false);
        if (call.Settings.ResultsPerPrompt == 1)
        {
            return [await CompleteAsync(chatHistory, call, kernel, cancellationToken).ConfigureAwait(false)];
        }

        var requests = new Task<ChatMessageContent>[call.Settings.ResultsPerPrompt];
        for (int i = 0; i < requests.Length; i++)
        {
            requests[i] = CompleteAsync(new ChatHistory(chatHistory), call, kernel, cancellationToken);
        }

        return await Task.WhenAll(requests).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        var call = Prepare(chatHistory, executionSettings, kernel, streaming: true);
        for (int requestIndex = 0; ; requestIndex++)
        {
            var choice = call.ToolChoiceFor(chatHistory, requestIndex, kernel, _logger);
            var options = call.OptionsFor(chatHistory, choice);
            IReadOnlyDictionary<string, object?>? identity = null;
            IReadOnlyDictionary<string, object?>? metadata = null;
            StringBuilder? text = null;
            List<MeaiFunctionCall>? calls = null;
            var tap = new StreamChunkTap();
            var updates = _client.StreamAsync(KernelHistoryMapper.ToChatMessages(chatHistory), options, tap, cancellationToken);
            if (_diagnostics.Observes)
            {
                updates = _diagnostics.StreamAsync(updates, chatHistory, call, choice.Options?.RetainArgumentTypes == true, cancellationToken);
            }

            await foreach (var update in updates.ConfigureAwait(false))
            {
                metadata = KernelResponseMapper.StreamingMetadata(update, ref identity);
                if (choice.AutoInvoke)
                {
                    Collect(update, ref text, ref calls);
                }

                yield return KernelResponseMapper.ToStreamingContent(update, tap.Chunk, call.ModelId, requestIndex, metadata);
            }

            if (!choice.AutoInvoke || calls is null)
            {
                yield break;
            }

            var answer = new ChatMessageContent(AuthorRole.Assistant, text?.ToString() ?? string.Empty, call.ModelId, metadata: metadata);
            foreach (var functionCall in calls)
            {
                answer.Items.Add(KernelResponseMapper.ToFunctionCall(functionCall, call.ModelId, choice.Options?.RetainArgumentTypes == true));
            }

            var last = await _invoker.InvokeAsync(answer, call.CallerSettings, chatHistory, requestIndex, choice, kernel!, streaming: true, cancellationToken)
                .ConfigureAwait(false);
            if (last is not null)
            {
                yield return new StreamingChatMessageContent(last.Role, last.Content);
                yield break;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Groq has no text completion endpoint: the prompt is sent as one user message.</remarks>
    public async Task<IReadOnlyList<TextContent>> GetTextContentsAsync(
        string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var messages = await GetChatMessageContentsAsync(new ChatHistory(prompt, AuthorRole.User), executionSettings, kernel, cancellationToken)
            .ConfigureAwait(false);
        var texts = new List<TextContent>(messages.Count);
        foreach (var message in messages)
        {
            texts.Add(new TextContent(message.Content, message.ModelId, message, Encoding.UTF8, message.Metadata));
        }

        return texts;
    }

    /// <inheritdoc />
    /// <remarks>Groq has no text completion endpoint: the prompt is sent as one user message.</remarks>
    public async IAsyncEnumerable<StreamingTextContent> GetStreamingTextContentsAsync(
        string prompt, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        await foreach (var update in GetStreamingChatMessageContentsAsync(new ChatHistory(prompt, AuthorRole.User), executionSettings, kernel, cancellationToken)
            .ConfigureAwait(false))
        {
            yield return new StreamingTextContent(update.Content, update.ChoiceIndex, update.ModelId, update, Encoding.UTF8, update.Metadata);
        }
    }

    /// <summary>One answer: requests until the model stops calling functions, a filter terminates, or calls are returned.</summary>
    private async Task<ChatMessageContent> CompleteAsync(ChatHistory chatHistory, KernelCall call, Kernel? kernel, CancellationToken cancellationToken)
    {
        for (int requestIndex = 0; ; requestIndex++)
        {
            var choice = call.ToolChoiceFor(chatHistory, requestIndex, kernel, _logger);
            var messages = KernelHistoryMapper.ToChatMessages(chatHistory);
            var options = call.OptionsFor(chatHistory, choice);
            var response = await (_diagnostics.Observes
                ? _diagnostics.GetResponseAsync(_client, messages, options, chatHistory, call, choice.Options?.RetainArgumentTypes == true, cancellationToken)
                : _client.GetResponseAsync(messages, options, cancellationToken)).ConfigureAwait(false);
            var answer = KernelResponseMapper.ToChatMessageContent(response, call.ModelId, choice.Options?.RetainArgumentTypes == true);
            if (!choice.AutoInvoke || !HasFunctionCalls(answer))
            {
                return answer;
            }

            var last = await _invoker.InvokeAsync(answer, call.CallerSettings, chatHistory, requestIndex, choice, kernel!, streaming: false, cancellationToken)
                .ConfigureAwait(false);
            if (last is not null)
            {
                return last;
            }
        }
    }

    private KernelCall Prepare(ChatHistory chatHistory, PromptExecutionSettings? executionSettings, Kernel? kernel, bool streaming)
    {
        var settings = GroqPromptExecutionSettings.FromExecutionSettings(executionSettings, _logger);
        var behavior = settings.FunctionChoiceBehavior;
        LegacyToolCallBehavior? legacy = null;
        if (settings.LegacyToolCallBehavior is { } toolCallBehavior)
        {
            legacy = behavior is null
                ? LegacyToolCallBehavior.From(toolCallBehavior, _logger)
                : throw new ArgumentException("ToolCallBehavior and FunctionChoiceBehavior cannot be used together.", nameof(executionSettings));
        }

        var call = new KernelCall(settings, executionSettings ?? settings, behavior, legacy, KernelSettingsMapper.ToChatOptions(settings), settings.ModelId ?? _modelId)
        {
            OneRequestAtATime = settings.ResultsPerPrompt == 1,
        };
        bool autoInvoke = settings.ResultsPerPrompt > 1 && call.ToolChoiceFor(chatHistory, 0, kernel, _logger).AutoInvoke;
        KernelSettingsMapper.ValidateResultsPerPrompt(settings, streaming, autoInvoke);
        return call;
    }

    private static void Collect(ChatResponseUpdate update, ref StringBuilder? text, ref List<MeaiFunctionCall>? calls)
    {
        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case Microsoft.Extensions.AI.TextContent { Text.Length: > 0 } t:
                    (text ??= new StringBuilder()).Append(t.Text);
                    break;
                case MeaiFunctionCall functionCall:
                    (calls ??= []).Add(functionCall);
                    break;
            }
        }
    }

    private static bool HasFunctionCalls(ChatMessageContent message)
    {
        foreach (var item in message.Items)
        {
            if (item is Microsoft.SemanticKernel.FunctionCallContent)
            {
                return true;
            }
        }

        return false;
    }
}
