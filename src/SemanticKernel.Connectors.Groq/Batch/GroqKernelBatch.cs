using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Semantic Kernel over Groq's Batch API: many prompts or <see cref="ChatHistory"/> objects sent as one batch with the
/// same <see cref="GroqPromptExecutionSettings"/> (or any connector's settings), mapped as
/// <see cref="GroqChatCompletionService"/> maps them, each answered with a <see cref="ChatMessageContent"/>.
/// </summary>
/// <remarks>
/// A batch answers each request once, later: kernel functions cannot be invoked between rounds, so function calling
/// with auto-invocation is refused; with <c>autoInvoke: false</c> the calls come back as <see cref="FunctionCallContent"/>.
/// One request is sent per item, so <see cref="GroqPromptExecutionSettings.ResultsPerPrompt"/> must be 1.
/// </remarks>
public sealed class GroqKernelBatch
{
    private const string CustomIdPrefix = "item-";

    private readonly GroqChatBatch _batch;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model; <see cref="PromptExecutionSettings.ModelId"/> overrides it.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqKernelBatch(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(new GroqChatBatch(modelId, apiKey, endpoint, httpClient, loggerFactory), loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model; <see cref="PromptExecutionSettings.ModelId"/> overrides it.</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqKernelBatch(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(new GroqChatBatch(modelId, options, httpClient, loggerFactory), loggerFactory)
    {
    }

    /// <summary>Initializes a new instance over an existing batch runner, sharing its configuration.</summary>
    /// <param name="batch">The runner every batch goes through.</param>
    /// <param name="loggerFactory">Where to log settings that are not sent; nothing is logged when <see langword="null"/>.</param>
    public GroqKernelBatch(GroqChatBatch batch, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _batch = batch;
        _logger = Loggers.For<GroqKernelBatch>(loggerFactory);
    }

    /// <summary>Gets the runner underneath, for its files and batches clients.</summary>
    public GroqChatBatch Batch => _batch;

    /// <summary>Submits one batch with a request per chat history, waits for it and streams a result per item.</summary>
    /// <param name="chatHistories">The conversations; enumerated twice, and must give the same ones both times.</param>
    /// <param name="executionSettings">The settings of every request; Groq's or any connector's.</param>
    /// <param name="progress">Told the batch right after it is created (keep its id to resume) and after every poll.</param>
    /// <param name="options">Creation, polling and cancellation; defaults when <see langword="null"/>.</param>
    /// <param name="kernel">The kernel whose functions are offered as tools, when the settings ask for that without auto-invocation.</param>
    /// <param name="cancellationToken">Stops, and cancels the batch while it runs when <see cref="GroqChatBatchOptions.CancelBatchOnCancellation"/> is set.</param>
    /// <returns>One result per item, in the order Groq wrote them; <see cref="GroqKernelBatchResult.Index"/> says which item.</returns>
    /// <exception cref="NotSupportedException">The settings ask for auto-invoked functions or more than one result per prompt.</exception>
    public async IAsyncEnumerable<GroqKernelBatchResult> RunAsync(
        IEnumerable<ChatHistory> chatHistories, PromptExecutionSettings? executionSettings = null, IProgress<GroqBatch>? progress = null,
        GroqChatBatchOptions? options = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var requests = ToRequests(chatHistories, executionSettings, kernel);
        await foreach (var result in _batch.RunAsync(requests, progress, options, cancellationToken).ConfigureAwait(false))
        {
            yield return ToKernelResult(result);
        }
    }

    /// <summary>Submits one batch with a request per prompt (each sent as one user message), waits for it and streams a result per item.</summary>
    /// <param name="prompts">The prompts; enumerated twice, and must give the same ones both times.</param>
    /// <param name="executionSettings">The settings of every request; Groq's or any connector's.</param>
    /// <param name="progress">Told the batch right after it is created (keep its id to resume) and after every poll.</param>
    /// <param name="options">Creation, polling and cancellation; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops, and cancels the batch while it runs when <see cref="GroqChatBatchOptions.CancelBatchOnCancellation"/> is set.</param>
    /// <returns>One result per prompt, in the order Groq wrote them; <see cref="GroqKernelBatchResult.Index"/> says which prompt.</returns>
    public IAsyncEnumerable<GroqKernelBatchResult> RunPromptsAsync(
        IEnumerable<string> prompts, PromptExecutionSettings? executionSettings = null, IProgress<GroqBatch>? progress = null,
        GroqChatBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        return RunAsync(prompts.Select(static prompt => new ChatHistory(prompt, AuthorRole.User)), executionSettings, progress, options, kernel: null, cancellationToken);
    }

    /// <summary>Submits one batch with a request per chat history and returns it without waiting (see <see cref="ResumeAsync"/>).</summary>
    /// <param name="chatHistories">The conversations; enumerated twice, and must give the same ones both times.</param>
    /// <param name="executionSettings">The settings of every request; Groq's or any connector's.</param>
    /// <param name="options">Creation options; defaults when <see langword="null"/>.</param>
    /// <param name="kernel">The kernel whose functions are offered as tools, when the settings ask for that without auto-invocation.</param>
    /// <param name="cancellationToken">Cancels the upload and creation.</param>
    /// <returns>The created batch.</returns>
    public Task<GroqBatch> SubmitAsync(
        IEnumerable<ChatHistory> chatHistories, PromptExecutionSettings? executionSettings = null, GroqChatBatchOptions? options = null,
        Kernel? kernel = null, CancellationToken cancellationToken = default) =>
        _batch.SubmitAsync(ToRequests(chatHistories, executionSettings, kernel), options, cancellationToken);

    /// <summary>Picks up a batch submitted earlier by this class (in this process or one before a restart): waits for it, then streams a result per item.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="progress">Told the batch after every poll.</param>
    /// <param name="options">Polling and cancellation; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops, and cancels the batch while it runs when <see cref="GroqChatBatchOptions.CancelBatchOnCancellation"/> is set.</param>
    /// <returns>One result per item with a line in the batch's output or error file.</returns>
    public async IAsyncEnumerable<GroqKernelBatchResult> ResumeAsync(
        string batchId, IProgress<GroqBatch>? progress = null, GroqChatBatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var result in _batch.ResumeAsync(batchId, progress, options, cancellationToken).ConfigureAwait(false))
        {
            yield return ToKernelResult(result);
        }
    }

    private IEnumerable<GroqBatchRequest> ToRequests(IEnumerable<ChatHistory> chatHistories, PromptExecutionSettings? executionSettings, Kernel? kernel)
    {
        ArgumentNullException.ThrowIfNull(chatHistories);
        var call = Prepare(executionSettings);
        return Map(chatHistories, call, kernel, _logger);

        static IEnumerable<GroqBatchRequest> Map(IEnumerable<ChatHistory> chatHistories, KernelCall call, Kernel? kernel, ILogger logger)
        {
            int index = 0;
            foreach (var history in chatHistories)
            {
                string customId = CustomIdPrefix + index.ToString(CultureInfo.InvariantCulture);
                if (history is null)
                {
                    throw new ArgumentException($"Chat history #{index} of the batch is null.", nameof(chatHistories));
                }

                var choice = call.ToolChoiceFor(history, 0, kernel, logger);
                if (choice.AutoInvoke)
                {
                    throw AutoInvokeRefused();
                }

                yield return new GroqBatchRequest(customId, KernelHistoryMapper.ToChatMessageList(history), call.OptionsFor(history, choice));
                index++;
            }
        }
    }

    private KernelCall Prepare(PromptExecutionSettings? executionSettings)
    {
        var settings = GroqPromptExecutionSettings.FromExecutionSettings(executionSettings, _logger);
        if (settings.ResultsPerPrompt != 1)
        {
            throw new NotSupportedException(
                $"A batch sends one request per item, so GroqPromptExecutionSettings.ResultsPerPrompt must be 1 (it is {settings.ResultsPerPrompt}); repeat the item to get more answers.");
        }

        if (settings.FunctionChoiceBehavior is not null && settings.LegacyToolCallBehavior is not null)
        {
            throw new ArgumentException("ToolCallBehavior and FunctionChoiceBehavior cannot be used together.", nameof(executionSettings));
        }

        var legacy = settings.LegacyToolCallBehavior is { } toolCallBehavior ? LegacyToolCallBehavior.From(toolCallBehavior, _logger) : null;
        return new KernelCall(
            settings, executionSettings ?? settings, settings.FunctionChoiceBehavior, legacy, KernelSettingsMapper.ToChatOptions(settings), settings.ModelId ?? _batch.ModelId);
    }

    private GroqKernelBatchResult ToKernelResult(GroqBatchResult result) => new(
        IndexOf(result.CustomId),
        result.CustomId,
        result.Response is { } response ? KernelResponseMapper.ToChatMessageContent(response, response.ModelId ?? _batch.ModelId, retainArgumentTypes: false) : null,
        result.Error);

    private static int IndexOf(string customId) =>
        customId.StartsWith(CustomIdPrefix, StringComparison.Ordinal)
        && int.TryParse(customId.AsSpan(CustomIdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            ? index
            : -1;

    private static NotSupportedException AutoInvokeRefused() => new(
        "A Groq batch answers each request once, later, so kernel functions cannot be invoked automatically between rounds; " +
        "use FunctionChoiceBehavior.Auto(autoInvoke: false) (the calls come back as FunctionCallContent) or no function calling.");
}
