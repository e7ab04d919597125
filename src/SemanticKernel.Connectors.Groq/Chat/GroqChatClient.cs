using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Telemetry;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// An <see cref="IChatClient"/> for Groq's chat completions: streaming, tools, JSON mode and structured output,
/// reasoning, vision, usage with Groq's timings, and rate-limit metadata.
/// </summary>
/// <remarks>
/// After <see cref="Dispose"/> new calls throw <see cref="ObjectDisposedException"/>; a stream counts as called when its
/// enumeration starts. Calls already in flight, streams being read included, run to their end: the client owns nothing
/// they use, and the <see cref="HttpClient"/> (the caller's or a shared one) is never disposed. Cancel them with their token.
/// </remarks>
public sealed class GroqChatClient : IChatClient
{
    private const string ChatPath = "chat/completions";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly GroqHttpPipeline _pipeline;
    private readonly ILogger _logger;
    private readonly string _modelId;
    private readonly ChatClientMetadata _metadata;
    private readonly ModelCatalogGate? _catalogGate;

    // The last request body's length, so the next body is written into a pooled buffer of about its size.
    private int _lastBodyLength;
    private volatile bool _disposed;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>; <see cref="ChatOptions.ModelId"/> overrides it.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqChatClient(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>; <see cref="ChatOptions.ModelId"/> overrides it.</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqChatClient(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, options, Loggers.For<GroqChatClient>(loggerFactory), logger => new GroqHttpPipeline(options, httpClient, logger))
    {
    }

    /// <summary>A client over a pipeline another client of the same options already has (the batch runner maps with one).</summary>
    internal GroqChatClient(string modelId, GroqClientOptions options, GroqHttpPipeline pipeline, ILoggerFactory? loggerFactory)
        : this(modelId, options, Loggers.For<GroqChatClient>(loggerFactory), _ => pipeline)
    {
    }

    private GroqChatClient(string modelId, GroqClientOptions options, ILogger logger, Func<ILogger, GroqHttpPipeline> pipeline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        _modelId = modelId;
        _logger = logger;
        _pipeline = pipeline(logger);
        _metadata = new ChatClientMetadata("groq", options.Endpoint, modelId);
        _catalogGate = ModelCatalogGate.For(options, _pipeline);
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var (sent, tokens, model) = await SendAsync(messages, options, stream: false, cancellationToken).ConfigureAwait(false);
        using var response = sent;

        WireChatCompletion completion;
        try
        {
            // Parsed where the pipeline buffered it: no stream, no second buffer; the completion keeps no reference to it.
            completion = JsonSerializer.Deserialize(BufferedBody.Json(response.Message), GroqJsonContext.Default.WireChatCompletion)
                ?? throw new JsonException("The response body was 'null'.");
        }
        catch (JsonException ex)
        {
            throw GroqErrors.MalformedResponse("chat completion", response.RequestId, ex, _pipeline.Redactor);
        }
        finally
        {
            BufferedBody.Release(response.Message);
        }

        if (completion.Choices is not { Count: > 0 })
        {
            throw GroqErrors.NoChoices(response.RequestId);
        }

        var usage = completion.XGroq?.Usage ?? completion.Usage;
        LogUnrepresentable(completion.Created, usage, response.RequestId);
        _pipeline.RateLimiter?.Correct(tokens, usage?.TotalTokens);
        if (usage is not null)
        {
            ChatTelemetry.RecordUsage(response, usage, model, completion.Model, completion.ServiceTier);
        }

        return ChatResponseMapper.ToChatResponse(completion, response.RateLimits);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Groq's JSON mode cannot stream: with a JSON <see cref="ChatOptions.ResponseFormat"/> one non-streaming
    /// request is made and its answer yielded as a single update.
    /// </remarks>
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamAsync(messages, options, tap: null, cancellationToken);

    /// <summary>The streaming call, telling <paramref name="tap"/> (when given) the chunk each update came from.</summary>
    internal async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, StreamChunkTap? tap, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ChatRequestMapper.IsJsonMode(options))
        {
            var whole = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            tap?.Chunk = null;
            yield return ChatResponseMapper.ToSingleUpdate(whole);
            yield break;
        }

        var (sent, tokens, model) = await SendAsync(messages, options, stream: true, cancellationToken).ConfigureAwait(false);
        using var response = sent;
        var stream = await response.Message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // The attempt's Timeout also bounds each silence inside the stream, restarted by every chunk.
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var chunks = GroqSseReader.ReadChunksAsync(stream, response, _pipeline.Redactor, _pipeline.MaxStreamEventBytes, quiet.Token).GetAsyncEnumerator(quiet.Token);
            await using (chunks.ConfigureAwait(false))
            {
                var accumulator = new ChatStreamAccumulator(response.RateLimits, _pipeline.MaxStreamCharacters);
                bool sawChoice = false;
                bool loggedUnrepresentable = false;
                bool corrected = false;
                bool timed = false;
                bool awaitingFirstToken = response.SentAt != 0;
                while (await NextChunkAsync(chunks, response, quiet, cancellationToken).ConfigureAwait(false))
                {
                    StreamChunk chunk = chunks.Current;
                    WireUsage? usage = chunk.XGroq?.Usage ?? chunk.Usage;
                    sawChoice |= chunk.HasChoice;
                    if (awaitingFirstToken && ChatTelemetry.CarriesOutput(chunk))
                    {
                        awaitingFirstToken = false;
                        ChatTelemetry.RecordFirstToken(response, model, chunk.Model);
                    }

                    if (!timed && usage is not null)
                    {
                        timed = true;
                        ChatTelemetry.RecordUsage(response, usage, model, chunk.Model, chunk.ServiceTier);
                    }

                    loggedUnrepresentable = loggedUnrepresentable || LogUnrepresentable(chunk.Created, usage, response.RequestId);
                    if (!corrected && _pipeline.RateLimiter is { } limiter && usage is { TotalTokens: { } used })
                    {
                        limiter.Correct(tokens, used);
                        corrected = true;
                    }

                    var update = accumulator.ToUpdate(chunk);
                    tap?.Chunk = chunk;
                    yield return update;
                }

                if (!sawChoice)
                {
                    throw GroqErrors.StreamWithoutChoices(response.RequestId, response.RateLimits);
                }

                if (accumulator.Complete() is { } last)
                {
                    tap?.Chunk = null;
                    yield return last;
                }
            }
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => ClientServices.Get(this, _metadata, serviceType, serviceKey);

    /// <inheritdoc />
    /// <remarks>Refuses later calls; calls in flight run to their end, and the <see cref="HttpClient"/> is not disposed.</remarks>
    public void Dispose() => _disposed = true;

    /// <summary>Logs, once for the response, numbers it holds that no .NET time can (they were dropped); true when it did.</summary>
    private bool LogUnrepresentable(long? created, WireUsage? usage, string? requestId)
    {
        if (ChatResponseMapper.Unrepresentable(created, usage) is not { } fields)
        {
            return false;
        }

        GroqLog.Unrepresentable(_logger, fields, requestId);
        return true;
    }

    /// <summary>
    /// Sends the request for <paramref name="messages"/>: Groq's answer (the caller disposes it), the request's estimated
    /// tokens for the rate limiter (0 without one), and its model.
    /// </summary>
    private async ValueTask<(GroqHttpResponse Response, int EstimatedTokens, string Model)> SendAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream, CancellationToken cancellationToken)
    {
        var request = ToWireRequest(messages, options, stream);
        if (_catalogGate is not null)
        {
            await _catalogGate.CheckChatAsync(request, options?.ModelId is { Length: > 0 } ? "ChatOptions.ModelId" : "modelId", cancellationToken).ConfigureAwait(false);
        }

        using var body = PooledRequestBody.Serialize(request, GroqJsonContext.Default.WireChatRequest, JsonMediaType, Volatile.Read(ref _lastBodyLength));
        Volatile.Write(ref _lastBodyLength, body.Length);
        int tokens = _pipeline.RateLimiter?.EstimateChatTokens(request, body.Length) ?? 0;
        var response = await _pipeline.SendAsync(HttpMethod.Post, ChatPath, body.CreateContent, streaming: stream, canRetry: true, tokens, request.Model, cancellationToken).ConfigureAwait(false);
        return (response, tokens, request.Model);
    }

    /// <summary>The request this client sends for <paramref name="messages"/> and <paramref name="options"/>: mapped, checked, and (unless <paramref name="logIgnored"/> is false) settings that are not sent logged.</summary>
    internal WireChatRequest ToWireRequest(IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream, bool logIgnored = true)
    {
        var request = ChatRequestMapper.ToWireRequest(messages, options, _modelId, stream, options?.RawRepresentationFactory?.Invoke(this));
        if (logIgnored && options?.AdditionalProperties is { Count: > 0 } extra)
        {
            foreach (var key in extra.Keys)
            {
                if (!GroqChatFields.IsSent(key))
                {
                    GroqLog.SettingIgnored(_logger, $"ChatOptions.AdditionalProperties[\"{key}\"]");
                }
            }
        }

        return request;
    }

    /// <summary>
    /// The next chunk, waiting at most the attempt's timeout for it. The silence timer runs only while this waits on the
    /// network: the time a caller spends on an update is the caller's, and a chunk already received (most are: one read
    /// brings many) is taken without touching the timer.
    /// </summary>
    private ValueTask<bool> NextChunkAsync(
        IAsyncEnumerator<StreamChunk> chunks, GroqHttpResponse response, CancellationTokenSource quiet, CancellationToken cancellationToken)
    {
        var next = chunks.MoveNextAsync();
        return next.IsCompletedSuccessfully ? next : WaitForChunkAsync(next, response, quiet, cancellationToken);
    }

    /// <summary>As <see cref="NextChunkAsync"/>, once the read waits (or failed); a stream that fails marks its attempt's span failed.</summary>
    private async ValueTask<bool> WaitForChunkAsync(ValueTask<bool> next, GroqHttpResponse response, CancellationTokenSource quiet, CancellationToken cancellationToken)
    {
        // Armed once the read has begun to wait: the moments in between are not silence from Groq.
        bool timed = _pipeline.Timeout != Timeout.InfiniteTimeSpan;
        if (timed)
        {
            quiet.CancelAfter(_pipeline.Timeout);
        }

        try
        {
            return await next.ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            AttemptTelemetry.Failed(response.Span, ex, cancellationToken);
            throw new GroqException($"Groq's stream sent nothing for {_pipeline.Timeout} (GroqClientOptions.Timeout).", ex);
        }
        catch (Exception ex)
        {
            AttemptTelemetry.Failed(response.Span, ex, cancellationToken);
            throw;
        }
        finally
        {
            if (timed)
            {
                quiet.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }
    }
}
