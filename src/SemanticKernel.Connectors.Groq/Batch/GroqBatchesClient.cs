using System.Globalization;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Groq's batches (<c>/batches</c>): create a batch of chat completions from an uploaded input file, look it up, list
/// and cancel. <see cref="GroqChatBatch"/> does the whole round trip (validate, upload, create, poll, read results).
/// </summary>
public sealed class GroqBatchesClient
{
    /// <summary>The endpoint every request of a batch goes to.</summary>
    public const string ChatCompletionsEndpoint = "/v1/chat/completions";

    /// <summary>The completion window used when none is given.</summary>
    public const string DefaultCompletionWindow = "24h";

    private readonly GroqHttpPipeline _pipeline;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqBatchesClient(string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqBatchesClient(GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(new GroqHttpPipeline(options, httpClient, Loggers.For<GroqBatchesClient>(loggerFactory)))
    {
    }

    internal GroqBatchesClient(GroqHttpPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Creates a batch of chat completions from an uploaded input file.</summary>
    /// <param name="inputFileId">The id of a file uploaded with purpose <c>batch</c>.</param>
    /// <param name="completionWindow">How long Groq may take, from <c>24h</c> to <c>7d</c> (hours or days).</param>
    /// <param name="metadata">Labels kept with the batch.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new batch, usually <see cref="GroqBatchStatus.Validating"/>.</returns>
    public Task<GroqBatch> CreateAsync(
        string inputFileId, string completionWindow = DefaultCompletionWindow, IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputFileId);
        CheckCompletionWindow(completionWindow);
        var body = new WireBatchCreateRequest
        {
            InputFileId = inputFileId,
            Endpoint = ChatCompletionsEndpoint,
            CompletionWindow = completionWindow,
            Metadata = metadata is { Count: > 0 } ? metadata : null,
        };

        // Not retried: a creation whose answer was lost would start a second, billed batch.
        return BatchHttp.SendAsync(
            _pipeline, HttpMethod.Post, "batches", BatchHttp.Json(body, GroqJsonContext.Default.WireBatchCreateRequest), canRetry: false,
            GroqJsonContext.Default.WireBatch, "batch", BatchWireMapper.ToBatch, cancellationToken);
    }

    /// <summary>Gets a batch: its status, request counts and files.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The batch; an unknown id throws <see cref="GroqException"/> with status 404.</returns>
    public Task<GroqBatch> GetAsync(string batchId, CancellationToken cancellationToken = default)
    {
        string path = "batches/" + BatchHttp.Segment(batchId, nameof(batchId));
        return BatchHttp.SendAsync(_pipeline, HttpMethod.Get, path, static () => null, canRetry: true, GroqJsonContext.Default.WireBatch, "batch", BatchWireMapper.ToBatch, cancellationToken);
    }

    /// <summary>Lists the account's batches.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The batches, as Groq lists them.</returns>
    public Task<IReadOnlyList<GroqBatch>> ListAsync(CancellationToken cancellationToken = default) =>
        BatchHttp.SendAsync(_pipeline, HttpMethod.Get, "batches", static () => null, canRetry: true, GroqJsonContext.Default.WireBatchList, "batch list", ToBatches, cancellationToken);

    /// <summary>
    /// Asks Groq to cancel a batch. It goes to <see cref="GroqBatchStatus.Cancelling"/>, then <see cref="GroqBatchStatus.Cancelled"/>;
    /// requests already answered stay in the output file and the others go to the error file as <c>batch_cancelled</c>.
    /// </summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The batch as Groq answered.</returns>
    public Task<GroqBatch> CancelAsync(string batchId, CancellationToken cancellationToken = default)
    {
        string path = "batches/" + BatchHttp.Segment(batchId, nameof(batchId)) + "/cancel";
        return BatchHttp.SendAsync(_pipeline, HttpMethod.Post, path, static () => null, canRetry: true, GroqJsonContext.Default.WireBatch, "batch", BatchWireMapper.ToBatch, cancellationToken);
    }

    /// <summary>Checks a completion window is hours or days between 24h and 7d, as Groq accepts.</summary>
    internal static void CheckCompletionWindow(string completionWindow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(completionWindow);
        char unit = completionWindow[^1];
        bool parsed = int.TryParse(completionWindow.AsSpan(0, completionWindow.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int amount);
        long hours = unit switch
        {
            'h' when parsed => amount,
            'd' when parsed => amount * 24L,
            _ => -1,
        };

        if (hours is < 24 or > 7 * 24)
        {
            throw new ArgumentOutOfRangeException(
                nameof(completionWindow), completionWindow, $"Groq's completion window is hours or days from 24h to 7d, e.g. \"24h\" or \"7d\"; '{completionWindow}' is not.");
        }
    }

    private static IReadOnlyList<GroqBatch> ToBatches(WireBatchList list, string? requestId)
    {
        var batches = new List<GroqBatch>(list.Data?.Count ?? 0);
        foreach (var batch in list.Data ?? [])
        {
            batches.Add(BatchWireMapper.ToBatch(batch, requestId));
        }

        return batches;
    }
}
