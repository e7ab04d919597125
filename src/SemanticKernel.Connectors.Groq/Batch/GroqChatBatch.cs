using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Runs many chat requests through Groq's Batch API (cheaper, answered within a completion window rather than at once):
/// the requests are mapped and checked exactly as <see cref="GroqChatClient"/> does, written as JSONL straight into the
/// upload, the batch is created and polled with backoff, and the results are read as they stream from its output and
/// error files, one <see cref="GroqBatchResult"/> per request.
/// </summary>
/// <remarks>
/// The request sequence is enumerated twice: once to check every request and measure the file (Groq's 50,000-line and
/// 100 MB limits, unique custom ids) before anything is sent, and once while uploading. It must give the same requests
/// both times (a list does; a generator that builds them again does too, and keeps memory flat for large batches).
/// Keep <see cref="GroqBatch.Id"/> (reported first through the progress) to <see cref="ResumeAsync"/> after a restart.
/// </remarks>
[SuppressMessage("Design", "CA1001", Justification = "The chat client only maps requests (it sends nothing here) and its Dispose releases nothing.")]
public sealed class GroqChatBatch
{
    private readonly GroqChatClient _mapper;
    private readonly GroqHttpPipeline _pipeline;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model of the requests; <see cref="ChatOptions.ModelId"/> overrides it per request.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqChatBatch(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model of the requests; <see cref="ChatOptions.ModelId"/> overrides it per request.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the size limits results are read with.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqChatBatch(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        _logger = Loggers.For<GroqChatBatch>(loggerFactory);
        _pipeline = new GroqHttpPipeline(options, httpClient, _logger);
        _mapper = new GroqChatClient(modelId, options, _pipeline, loggerFactory);
        ModelId = modelId;
        Files = new GroqFilesClient(_pipeline);
        Batches = new GroqBatchesClient(_pipeline);
    }

    /// <summary>Gets the default model of the requests.</summary>
    public string ModelId { get; }

    /// <summary>Gets the files client this batch runner uses (to delete input and output files when done, for example).</summary>
    public GroqFilesClient Files { get; }

    /// <summary>Gets the batches client this batch runner uses.</summary>
    public GroqBatchesClient Batches { get; }

    /// <summary>
    /// Checks every request, uploads them as one JSONL input file (streamed, never held whole) and creates the batch.
    /// </summary>
    /// <param name="requests">The requests; enumerated twice (see remarks of <see cref="GroqChatBatch"/>).</param>
    /// <param name="options">Completion window, metadata and file name; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the upload and creation.</param>
    /// <returns>The created batch.</returns>
    /// <exception cref="ArgumentException">A request cannot be sent (its custom id is named), a custom id repeats, or the file would break Groq's limits; nothing was uploaded.</exception>
    public async Task<GroqBatch> SubmitAsync(IEnumerable<GroqBatchRequest> requests, GroqChatBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        options ??= new GroqChatBatchOptions();
        options.Validate();
        GroqFilesClient.CheckFileName(options.InputFileName);
        var plan = BatchInputPlan.Measure(requests, Check);
        BatchJsonlContent? body = null;
        GroqFile file;
        try
        {
            file = await Files.UploadAsync(() => body = new BatchJsonlContent(requests, Write, plan), options.InputFileName, canRetry: true, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (GroqException) when (body?.SourceFailure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
            throw;
        }

        GroqBatch batch;
        try
        {
            batch = await Batches.CreateAsync(file.Id, options.CompletionWindow, options.Metadata, cancellationToken).ConfigureAwait(false);
        }
        catch (GroqException ex) when (ex.StatusCode is not null)
        {
            // Groq answered, so no batch holds the file. After a timeout or a cancellation one might, and the file stays.
            await DeleteQuietlyAsync(file.Id).ConfigureAwait(false);
            throw;
        }

        BatchLog.Created(_logger, batch.Id, file.Id, plan.Lines, plan.Bytes);
        return batch;
    }

    /// <summary>
    /// Polls a batch with backoff (<see cref="GroqChatBatchOptions.PollInterval"/> doubling to
    /// <see cref="GroqChatBatchOptions.MaxPollInterval"/>) until it completes, fails, expires or is cancelled.
    /// </summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="progress">Told the batch (status and request counts) after every poll.</param>
    /// <param name="options">Polling and cancellation; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting, and cancels the batch when <see cref="GroqChatBatchOptions.CancelBatchOnCancellation"/> is set.</param>
    /// <returns>The batch in its final status.</returns>
    public async Task<GroqBatch> WaitAsync(
        string batchId, IProgress<GroqBatch>? progress = null, GroqChatBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        options ??= new GroqChatBatchOptions();
        options.Validate();
        var batch = await Batches.GetAsync(batchId, cancellationToken).ConfigureAwait(false);
        return await WaitCoreAsync(batch, progress, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the results of a finished batch as they stream from its output file, then its error file: one per request
    /// that has a line in either, answered, refused by Groq, or never run (<c>batch_expired</c>, <c>batch_cancelled</c>).
    /// </summary>
    /// <param name="batch">A batch in a final status (see <see cref="WaitAsync"/>).</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The results, in file order.</returns>
    /// <exception cref="GroqException">Groq refused the batch's input as a whole (<see cref="GroqBatchStatus.Failed"/>), listing why.</exception>
    public async IAsyncEnumerable<GroqBatchResult> ReadResultsAsync(GroqBatch batch, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!batch.Status.IsTerminal)
        {
            throw new InvalidOperationException($"Batch {batch.Id} is {batch.Status}: its results can be read once it has finished (WaitAsync).");
        }

        if (batch.Status == GroqBatchStatus.Failed)
        {
            throw Refused(batch);
        }

        foreach (string? fileId in (string?[])[batch.OutputFileId, batch.ErrorFileId])
        {
            if (fileId is null)
            {
                continue;
            }

            var stream = await Files.DownloadContentAsync(fileId, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                await foreach (var result in JsonlReader.ReadAsync(stream, _pipeline.MaxResponseBytes, (line, number) => Parse(line, fileId, number), number => TooLong(fileId, number), cancellationToken)
                    .ConfigureAwait(false))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>Submits the requests, waits for the batch and streams its results: <see cref="SubmitAsync"/>, <see cref="WaitAsync"/> and <see cref="ReadResultsAsync"/> in one.</summary>
    /// <param name="requests">The requests; enumerated twice (see remarks of <see cref="GroqChatBatch"/>).</param>
    /// <param name="progress">Told the batch right after it is created (keep its id to resume) and after every poll.</param>
    /// <param name="options">Creation, polling and cancellation; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops, and cancels the batch while it runs when <see cref="GroqChatBatchOptions.CancelBatchOnCancellation"/> is set.</param>
    /// <returns>One result per request, in file order.</returns>
    public async IAsyncEnumerable<GroqBatchResult> RunAsync(
        IEnumerable<GroqBatchRequest> requests, IProgress<GroqBatch>? progress = null, GroqChatBatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new GroqChatBatchOptions();
        var batch = await SubmitAsync(requests, options, cancellationToken).ConfigureAwait(false);
        batch = await WaitCoreAsync(batch, progress, options, cancellationToken).ConfigureAwait(false);
        await foreach (var result in ReadResultsAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>Picks up a batch submitted earlier (by this process or one before a restart): waits for it, then streams its results.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="progress">Told the batch after every poll.</param>
    /// <param name="options">Polling and cancellation; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops, and cancels the batch while it runs when <see cref="GroqChatBatchOptions.CancelBatchOnCancellation"/> is set.</param>
    /// <returns>One result per request with a line in the output or error file.</returns>
    public async IAsyncEnumerable<GroqBatchResult> ResumeAsync(
        string batchId, IProgress<GroqBatch>? progress = null, GroqChatBatchOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = await WaitAsync(batchId, progress, options, cancellationToken).ConfigureAwait(false);
        await foreach (var result in ReadResultsAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    // Settings that are not sent are logged once per request, by the checking pass.
    private WireChatRequest Check(GroqBatchRequest request) => _mapper.ToWireRequest(request.Messages, request.Options, stream: false);

    private WireChatRequest Write(GroqBatchRequest request) => _mapper.ToWireRequest(request.Messages, request.Options, stream: false, logIgnored: false);

    private GroqBatchResult Parse(System.Buffers.ReadOnlySequence<byte> line, string fileId, long number) =>
        BatchResultMapper.ToResult(line, $"file {fileId}, line {number}", _pipeline.Redactor);

    private GroqException TooLong(string fileId, long number) => new(
        $"Line {number} of Groq batch file {fileId} is larger than GroqClientOptions.MaxResponseBytes ({_pipeline.MaxResponseBytes:N0} bytes); it was not read. " +
        "Raise the option if one answer is expected to be this large.");

    private async Task<GroqBatch> WaitCoreAsync(GroqBatch batch, IProgress<GroqBatch>? progress, GroqChatBatchOptions options, CancellationToken cancellationToken)
    {
        TimeSpan delay = options.PollInterval;
        progress?.Report(batch);
        while (!batch.Status.IsTerminal)
        {
            try
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                batch = await Batches.GetAsync(batch.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && options.CancelBatchOnCancellation)
            {
                await CancelQuietlyAsync(batch.Id).ConfigureAwait(false);
                throw;
            }

            var counts = batch.RequestCounts;
            BatchLog.Polled(_logger, batch.Id, batch.Status.Value, counts.Completed, counts.Failed, counts.Total);
            progress?.Report(batch);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxPollInterval.Ticks));
        }

        return batch;
    }

    /// <summary>Cancels the batch on the caller's behalf; the caller's cancellation is what surfaces, so a failure here is logged.</summary>
    private async Task CancelQuietlyAsync(string batchId)
    {
        BatchLog.Cancelling(_logger, batchId);
        try
        {
            // Not the caller's token, which is cancelled: the pipeline's timeout bounds this request.
            await Batches.CancelAsync(batchId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (GroqException ex)
        {
            BatchLog.CancelFailed(_logger, batchId, ex.Message);
        }
    }

    /// <summary>Deletes an input file no batch was created from, so a failed submission leaves nothing stored; a failure here is logged.</summary>
    private async Task DeleteQuietlyAsync(string fileId)
    {
        try
        {
            await Files.DeleteAsync(fileId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (GroqException ex)
        {
            BatchLog.DeleteFailed(_logger, fileId, ex.Message);
        }
    }

    private GroqException Refused(GroqBatch batch)
    {
        var text = new StringBuilder($"Groq refused batch {batch.Id}");
        int shown = 0;
        foreach (var error in batch.Errors)
        {
            if (shown++ == 10)
            {
                text.Append($"; and {batch.Errors.Count - 10} more");
                break;
            }

            text.Append(shown == 1 ? ": " : "; ");
            if (error.Line is { } line)
            {
                text.Append($"line {line} ");
            }

            text.Append($"({error.Code ?? "no code"}) {error.Message}");
        }

        if (shown == 0)
        {
            text.Append(" without saying why");
        }

        // The messages are the server's, which may quote anything, the key included.
        return new GroqException(_pipeline.Redactor.Redact(text.Append('.').ToString())) { ErrorCode = batch.Errors.Count > 0 ? batch.Errors[0].Code : null };
    }
}
