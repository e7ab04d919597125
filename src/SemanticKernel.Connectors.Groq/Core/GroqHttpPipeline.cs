using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// The only code that touches <see cref="HttpClient"/>: auth, user agent, retries and timeouts
/// (Polly), error mapping to <see cref="GroqException"/> and rate-limit headers.
/// </summary>
internal sealed class GroqHttpPipeline
{
    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    private static readonly ProductInfoHeaderValue UserAgent = new(
        "SemanticKernel.Connectors.Groq",
        typeof(GroqHttpPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    private static readonly TimeSpan MaxHonouredRetryAfter = TimeSpan.FromSeconds(60);

    private readonly HttpClient _httpClient;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;
    private readonly ResiliencePipeline<HttpResponseMessage> _singleAttempt;
    private readonly ILogger _logger;
    private readonly TimeSpan _timeout;

    public GroqHttpPipeline(GroqClientOptions options, HttpClient? httpClient, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Endpoint, "options.Endpoint");
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, "options.MaxRetries");
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException("options.Timeout", options.Timeout, "GroqClientOptions.Timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        string apiKey = options.ApiKey ?? Environment.GetEnvironmentVariable(GroqClientOptions.ApiKeyEnvironmentVariable)
            ?? throw new ArgumentException(
                $"No Groq API key: set GroqClientOptions.ApiKey or the {GroqClientOptions.ApiKeyEnvironmentVariable} environment variable.", nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey, "options.ApiKey");
        ApiKeyRules.Validate(apiKey);

        string endpoint = options.Endpoint.OriginalString;
        Endpoint = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/", UriKind.Absolute);
        Redactor = new SecretRedactor(apiKey);
        _authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        _httpClient = httpClient ?? SharedClient;
        _logger = logger ?? NullLogger.Instance;
        _timeout = options.Timeout;
        _resilience = BuildResilience(options.MaxRetries, options.Timeout);
        _singleAttempt = options.MaxRetries == 0 ? _resilience : BuildResilience(0, options.Timeout);
    }

    /// <summary>Gets the time one attempt may take, and a stream may go without sending anything.</summary>
    public TimeSpan Timeout => _timeout;

    /// <summary>Gets the base address, always ending with '/'.</summary>
    public Uri Endpoint { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>
    /// Sends a request (built anew for each attempt) and returns the successful response; a stream is
    /// returned as soon as its headers arrive. Any other answer throws <see cref="GroqException"/>. With
    /// <paramref name="canRetry"/> <see langword="false"/> (content that cannot be built twice, such as an upload
    /// from a forward-only stream) there is one attempt.
    /// </summary>
    public async Task<GroqHttpResponse> SendAsync(
        HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming, bool canRetry, CancellationToken cancellationToken)
    {
        var state = new AttemptState(this, method, path, contentFactory, streaming);
        HttpResponseMessage response;
        try
        {
            response = await (canRetry ? _resilience : _singleAttempt).ExecuteAsync(
                static (s, token) => s.Pipeline.SendOnceAsync(s, token), state, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new GroqException($"Groq did not answer {method} {path} within {_timeout}.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GroqException($"Could not reach Groq for {method} {path}: {Redactor.Redact(ex.Message)}", Redactor.Redact(ex));
        }
        catch (InvalidDataException ex)
        {
            // A caller's HttpClient with AutomaticDecompression decodes the body while buffering it.
            throw GroqErrors.Undecodable($"answer to {method} {path}", null, ex, Redactor);
        }

        var result = new GroqHttpResponse(response, Redactor, _logger);
        GroqLog.Answered(_logger, (int)response.StatusCode, path, result.RequestId);
        if (response.IsSuccessStatusCode)
        {
            return result;
        }

        using (result)
        {
            string body = await ErrorBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var exception = GroqErrors.FromResponse(
                response.StatusCode, body, result.RequestId, result.RateLimits, GroqResponseHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow), Redactor);
            GroqLog.Failed(_logger, path, (int)response.StatusCode, exception.ErrorCode, result.RequestId);
            throw exception;
        }
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(AttemptState state, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(state.Method, new Uri(Endpoint, state.Path));
        request.Headers.Authorization = _authorization;
        request.Headers.UserAgent.Add(UserAgent);
        request.Headers.Accept.Add(state.Streaming ? EventStream : Json);
        request.Content = state.ContentFactory();
        GroqLog.Sending(_logger, state.Method.Method, state.Path, ++state.Attempt);
        var completion = state.Streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
        return await _httpClient.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline<HttpResponseMessage> BuildResilience(int maxRetries, TimeSpan timeout)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (maxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(0.5),
                MaxDelay = TimeSpan.FromSeconds(8),
                UseJitter = true,
                ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = static args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome.Result)),
                OnRetry = args =>
                {
                    string reason = args.Outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    GroqLog.Retrying(_logger, reason, args.AttemptNumber + 1, args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        if (timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(timeout);
        }

        return builder.Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        HttpResponseMessage response = outcome.Result!;
        if (GroqResponseHeaders.ShouldRetry(response.Headers) is { } serverSays)
        {
            return serverSays;
        }

        int status = (int)response.StatusCode;
        return status is 408 or 409 or 429 || status >= 500;
    }

    private static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response) =>
        response is not null && GroqResponseHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow) is { } delay && delay <= MaxHonouredRetryAfter
            ? delay
            : null;

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");

    private sealed class AttemptState(GroqHttpPipeline pipeline, HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming)
    {
        public GroqHttpPipeline Pipeline { get; } = pipeline;
        public HttpMethod Method { get; } = method;
        public string Path { get; } = path;
        public Func<HttpContent?> ContentFactory { get; } = contentFactory;
        public bool Streaming { get; } = streaming;
        public int Attempt { get; set; }
    }
}
