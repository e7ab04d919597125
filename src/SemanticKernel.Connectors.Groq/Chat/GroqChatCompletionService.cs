using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using SemanticKernel.Connectors.Groq.Chat;
using TextContent = Microsoft.SemanticKernel.TextContent;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Semantic Kernel chat completion (and text generation through chat) on Groq. A thin facade over
/// <see cref="GroqChatClient"/> through SK's own bridge, so kernel functions, <see cref="FunctionChoiceBehavior"/>,
/// filters, <see cref="ChatHistory"/> updates and agents behave as with any SK chat service. On top of the bridge it
/// maps <see cref="GroqPromptExecutionSettings"/> onto Groq's rules, fans out <see cref="GroqPromptExecutionSettings.ResultsPerPrompt"/>,
/// and returns reasoning as <see cref="ReasoningContent"/> / <see cref="StreamingReasoningContent"/> with response metadata
/// under <see cref="GroqMetadataKeys"/>.
/// </summary>
public sealed class GroqChatCompletionService : IChatCompletionService, ITextGenerationService
{
    private readonly IChatCompletionService _bridge;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>; <see cref="PromptExecutionSettings.ModelId"/> overrides it.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
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

    private GroqChatCompletionService(GroqChatClient client, ILoggerFactory? loggerFactory)
    {
        _logger = loggerFactory?.CreateLogger<GroqChatCompletionService>() ?? NullLogger<GroqChatCompletionService>.Instance;
        _bridge = client.AsBuilder()
            .Use(inner => new KernelBridgeCarrier(inner))
            .UseKernelFunctionInvocation(loggerFactory)
            .Build()
            .AsChatCompletionService();
    }

    /// <summary>The model id (<c>AIServiceExtensions.ModelIdKey</c>) and endpoint (<c>AIServiceExtensions.EndpointKey</c>).</summary>
    public IReadOnlyDictionary<string, object?> Attributes => _bridge.Attributes;

    /// <inheritdoc />
    /// <remarks>
    /// With <see cref="GroqPromptExecutionSettings.ResultsPerPrompt"/> above 1 that many requests are sent at once
    /// (each billed) and their answers returned in request order.
    /// </remarks>
    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        var (settings, bridgeSettings) = Prepare(chatHistory, executionSettings, kernel, streaming: false);
        if (settings.ResultsPerPrompt == 1)
        {
            return await SendAsync(chatHistory, bridgeSettings, kernel, cancellationToken).ConfigureAwait(false);
        }

        var requests = new Task<IReadOnlyList<ChatMessageContent>>[settings.ResultsPerPrompt];
        for (int i = 0; i < requests.Length; i++)
        {
            requests[i] = SendAsync(new ChatHistory(chatHistory), bridgeSettings, kernel, cancellationToken);
        }

        var answers = await Task.WhenAll(requests).ConfigureAwait(false);
        var results = new List<ChatMessageContent>(answers.Length);
        foreach (var answer in answers)
        {
            results.AddRange(answer);
        }

        return results;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        var (_, bridgeSettings) = Prepare(chatHistory, executionSettings, kernel, streaming: true);
        int unpacked = chatHistory.Count;
        await foreach (var update in _bridge.GetStreamingChatMessageContentsAsync(chatHistory, bridgeSettings, kernel, cancellationToken)
            .ConfigureAwait(false))
        {
            unpacked = UnpackHistory(chatHistory, unpacked, kernel);
            KernelContentMapper.Unpack(update, kernel);
            yield return update;
        }

        UnpackHistory(chatHistory, unpacked, kernel);
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
            texts.Add(new TextContent(message.Content, message.ModelId, message.InnerContent, message.Encoding, message.Metadata));
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
            yield return new StreamingTextContent(update.Content, update.ChoiceIndex, update.ModelId, update.InnerContent, update.Encoding, update.Metadata);
        }
    }

    private (GroqPromptExecutionSettings Settings, KernelBridgeSettings BridgeSettings) Prepare(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings, Kernel? kernel, bool streaming)
    {
        var settings = GroqPromptExecutionSettings.FromExecutionSettings(executionSettings, _logger);
        bool autoInvoke = settings.ResultsPerPrompt > 1 && settings.FunctionChoiceBehavior is { } behavior
            && behavior.GetConfiguration(new FunctionChoiceBehaviorConfigurationContext(chatHistory) { Kernel = kernel }).AutoInvoke;
        KernelSettingsMapper.ValidateResultsPerPrompt(settings, streaming, autoInvoke);
        var options = KernelSettingsMapper.ToChatOptions(settings, HasSystemMessage(chatHistory));
        return (settings, new KernelBridgeSettings(settings, options));
    }

    private async Task<IReadOnlyList<ChatMessageContent>> SendAsync(
        ChatHistory chatHistory, KernelBridgeSettings settings, Kernel? kernel, CancellationToken cancellationToken)
    {
        int before = chatHistory.Count;
        var results = await _bridge.GetChatMessageContentsAsync(chatHistory, settings, kernel, cancellationToken).ConfigureAwait(false);
        UnpackHistory(chatHistory, before, kernel);

        foreach (var result in results)
        {
            KernelContentMapper.Unpack(result, kernel);
        }

        return results;
    }

    /// <summary>Unpacks the messages the bridge added to the history from <paramref name="from"/> on; returns the new count.</summary>
    private static int UnpackHistory(ChatHistory chatHistory, int from, Kernel? kernel)
    {
        for (int i = from; i < chatHistory.Count; i++)
        {
            KernelContentMapper.Unpack(chatHistory[i], kernel);
        }

        return chatHistory.Count;
    }

    private static bool HasSystemMessage(ChatHistory chatHistory)
    {
        foreach (var message in chatHistory)
        {
            if (message.Role == AuthorRole.System || message.Role == AuthorRole.Developer)
            {
                return true;
            }
        }

        return false;
    }
}
