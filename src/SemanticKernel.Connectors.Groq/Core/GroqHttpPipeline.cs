using System.Diagnostics;
using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;
using SemanticKernel.Connectors.Groq.Core.Pacing;
using SemanticKernel.Connectors.Groq.Core.Telemetry;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// The only code that touches <see cref="HttpClient"/>: auth, user agent, retries and timeouts
/// (Polly), error mapping to <see cref="GroqException"/> and rate-limit headers.
/// </summary>
internal sealed class GroqHttpPipeline
{
    // Redirects are not followed: a POST answered from elsewhere is not Groq's answer (see CheckOrigin).
    private static readonly HttpClient SharedClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <summary>The package's version (without the commit), as the User-Agent and the telemetry's source and meter give it.</summary>
    internal static readonly string PackageVersion =
        typeof(GroqHttpPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static readonly ProductInfoHeaderValue UserAgent = new("SemanticKernel.Connectors.Groq", PackageVersion);

    /// <summary>The longest <c>retry-after</c> honoured: a retry or a pause of the rate limiter for longer is not worth waiting.</summary>
    internal static readonly TimeSpan MaxHonouredRetryAfter = TimeSpan.FromSeconds(60);

    private readonly HttpClient _httpClient;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;
    private readonly ResiliencePipeline<HttpResponseMessage> _singleAttempt;
    private readonly ILogger _logger;
    private readonly TimeSpan _timeout;
    private readonly long _maxResponseBytes;
    private readonly int _maxErrorBodyBytes;
    private volatile Tuple<string, Uri>? _lastUri;

    public GroqHttpPipeline(GroqClientOptions options, HttpClient? httpClient, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Endpoint, "options.Endpoint");
        if (!GroqBaseUrl.IsHttpUrl(options.Endpoint))
        {
            // A configuration's "localhost:8080" binds as a URI of scheme "localhost", which would fail only at the first request.
            throw new ArgumentException(
                "GroqClientOptions.Endpoint (Groq:Endpoint in configuration) is not an absolute http or https URL; set it to e.g. https://api.groq.com/openai/v1.",
                "options.Endpoint");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, "options.MaxRetries");
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException("options.Timeout", options.Timeout, "GroqClientOptions.Timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        string? apiKey = options.ApiKey ?? Environment.GetEnvironmentVariable(GroqClientOptions.ApiKeyEnvironmentVariable);
        ApiKeyRules.Require(apiKey, "options.ApiKey");
        ApiKeyRules.Validate(apiKey);

        string endpoint = options.Endpoint.OriginalString;
        Endpoint = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/", UriKind.Absolute);
        Redactor = new SecretRedactor(apiKey);
        _authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        _httpClient = httpClient ?? SharedClient;
        _logger = logger ?? NullLogger.Instance;
        _timeout = options.Timeout;
        RateLimiter = options.RateLimiter;
        _maxResponseBytes = Positive(options.MaxResponseBytes, nameof(options.MaxResponseBytes));
        _maxErrorBodyBytes = (int)Positive(options.MaxErrorBodyBytes, nameof(options.MaxErrorBodyBytes));
        MaxStreamEventBytes = (int)Positive(options.MaxStreamEventBytes, nameof(options.MaxStreamEventBytes));
        MaxStreamCharacters = (int)Positive(options.MaxStreamCharacters, nameof(options.MaxStreamCharacters));
        _resilience = AttemptPolicies.Build(options.MaxRetries, options.Timeout, RateLimiter, _logger);
        _singleAttempt = options.MaxRetries == 0 ? _resilience : AttemptPolicies.Build(0, options.Timeout, RateLimiter, _logger);
    }

    /// <summary>Gets the time one attempt may take, and a stream may go without sending anything.</summary>
    public TimeSpan Timeout => _timeout;

    /// <summary>Gets the limiter pacing this client's requests, or <see langword="null"/>.</summary>
    public GroqRateLimiter? RateLimiter { get; }

    /// <summary>Gets the base address, always ending with '/'.</summary>
    public Uri Endpoint { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>Gets <see cref="GroqClientOptions.MaxResponseBytes"/>.</summary>
    public long MaxResponseBytes => _maxResponseBytes;

    /// <summary>Gets <see cref="GroqClientOptions.MaxStreamEventBytes"/>.</summary>
    public int MaxStreamEventBytes { get; }

    /// <summary>Gets <see cref="GroqClientOptions.MaxStreamCharacters"/>.</summary>
    public int MaxStreamCharacters { get; }

    /// <summary>
    /// Sends a request (built anew for each attempt) and returns the successful response; a stream is
    /// returned as soon as its headers arrive. Any other answer throws <see cref="GroqException"/>. With
    /// <paramref name="canRetry"/> <see langword="false"/> (content that cannot be built twice, such as an upload
    /// from a forward-only stream) there is one attempt.
    /// </summary>
    public Task<GroqHttpResponse> SendAsync(
        HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming, bool canRetry, CancellationToken cancellationToken) =>
        SendAsync(method, path, contentFactory, streaming, canRetry, accept: null, cancellationToken);

    /// <summary>
    /// As the other overload, with <paramref name="accept"/> instead of the Accept header streams and JSON answers get
    /// (a file download takes any type).
    /// </summary>
    public Task<GroqHttpResponse> SendAsync(
        HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming, bool canRetry, MediaTypeWithQualityHeaderValue? accept,
        CancellationToken cancellationToken) =>
        SendAsync(method, path, contentFactory, streaming, canRetry, accept, estimatedTokens: 0, model: null, cancellationToken);

    /// <summary>
    /// As <see cref="SendAsync(HttpMethod, string, Func{HttpContent?}, bool, bool, CancellationToken)"/>, for a request the
    /// <see cref="RateLimiter"/> (if any) counts as <paramref name="estimatedTokens"/> tokens until its answer tells.
    /// </summary>
    public Task<GroqHttpResponse> SendAsync(
        HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming, bool canRetry, int estimatedTokens, CancellationToken cancellationToken) =>
        SendAsync(method, path, contentFactory, streaming, canRetry, accept: null, estimatedTokens, model: null, cancellationToken);

    /// <summary>
    /// As <see cref="SendAsync(HttpMethod, string, Func{HttpContent?}, bool, bool, int, CancellationToken)"/>, for a request that
    /// names <paramref name="model"/> (recorded as <c>gen_ai.request.model</c> on its spans and measurements).
    /// </summary>
    public Task<GroqHttpResponse> SendAsync(
        HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming, bool canRetry, int estimatedTokens, string? model,
        CancellationToken cancellationToken) =>
        SendAsync(method, path, contentFactory, streaming, canRetry, accept: null, estimatedTokens, model, cancellationToken);

    private async Task<GroqHttpResponse> SendAsync(
        HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming, bool canRetry, MediaTypeWithQualityHeaderValue? accept,
        int estimatedTokens, string? model, CancellationToken cancellationToken)
    {
        var state = new AttemptState(this, method, path, contentFactory, streaming)
        {
            Accept = accept, EstimatedTokens = estimatedTokens, Model = model, CallerToken = cancellationToken,
        };
        HttpResponseMessage response;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(AttemptPolicies.StateKey, state);
            response = await (canRetry ? _resilience : _singleAttempt).ExecuteAsync(
                static (ctx, s) => s.Pipeline.SendOnceAsync(s, ctx.CancellationToken), context, state).ConfigureAwait(false);
        }
        catch (RateLimiterRejectedException ex)
        {
            throw new GroqException(
                $"{method} {path} was not sent: the GroqRateLimiter's queue is full (GroqRateLimiterOptions.QueueLimit) or the limiter was disposed.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new GroqException($"Groq did not answer {method} {path} within {_timeout}.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GroqException($"Could not reach Groq for {method} {path}: {Redactor.Redact(ex.Message)}", Redactor.Redact(ex));
        }
        catch (IOException ex)
        {
            throw new GroqException($"Groq's answer to {method} {path} was cut off while it was read: {Redactor.Redact(ex.Message)}", Redactor.Redact(ex));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        var result = new GroqHttpResponse(response, Redactor, _logger) { Span = state.TakeSpan(), SentAt = state.SentAt };
        GroqLog.Answered(_logger, (int)response.StatusCode, path, result.RequestId);
        if (response.IsSuccessStatusCode)
        {
            return result;
        }

        using (result)
        {
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                string location = response.Headers.Location is { } target ? Redactor.Redact(target.OriginalString) : "nowhere";
                throw new GroqException(
                    response.StatusCode, null, $"Groq answered {method} {path} with {(int)response.StatusCode}, a redirect to {location}; the connector does not follow redirects.")
                {
                    RequestId = result.RequestId,
                };
            }

            // Buffered by the attempt (BufferErrorBodyAsync), so reading it cannot fail any more.
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var exception = GroqErrors.FromResponse(
                response.StatusCode, body, result.RequestId, result.RateLimits, GroqResponseHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow), Redactor);
            GroqLog.Failed(_logger, path, (int)response.StatusCode, exception.ErrorCode, result.RequestId);
            throw exception;
        }
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(AttemptState state, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(state.Method, UriFor(state.Path));
        request.Headers.Authorization = _authorization;
        request.Headers.UserAgent.Add(UserAgent);
        request.Headers.Accept.Add(state.Accept ?? (state.Streaming ? EventStream : Json));
        request.Content = state.ContentFactory();
        GroqLog.Sending(_logger, state.Method.Method, state.Path, ++state.Attempt);
        var span = AttemptTelemetry.Start(state, request);
        state.SentAt = state.Streaming && (span is not null || GroqInstruments.TimeToFirstToken.Enabled) ? Stopwatch.GetTimestamp() : 0;
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            AttemptTelemetry.Failed(span, ex, state.CallerToken);
            throw;
        }

        try
        {
            AttemptTelemetry.Answered(span, response, Redactor);
            CheckOrigin(response, state);
            Pace(response, state);

            // Read here, inside the attempt's timeout and retries: a whole answer, or an error's body (streaming or
            // not), each up to its limit. A successful stream is read by its consumer, event by event.
            if (!response.IsSuccessStatusCode)
            {
                await BufferErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            }
            else if (!state.Streaming)
            {
                await BoundedBody.BufferAsync(response, _maxResponseBytes, () => TooLarge(state), cancellationToken).ConfigureAwait(false);
            }

            // A successful attempt's span lasts until its answer is read (a stream to its end); a failed one's ends here.
            if (response.IsSuccessStatusCode)
            {
                state.Span = span;
            }
            else
            {
                AttemptTelemetry.End(span);
            }

            return response;
        }
        catch (InvalidDataException ex)
        {
            // A caller's HttpClient with AutomaticDecompression decodes the body while it is read.
            response.Dispose();
            AttemptTelemetry.Failed(span, ex, state.CallerToken);
            throw GroqErrors.Undecodable($"answer to {state.Method} {state.Path}", null, ex, Redactor);
        }
        catch (Exception ex)
        {
            response.Dispose();
            AttemptTelemetry.Failed(span, ex, state.CallerToken);
            throw;
        }
    }

    /// <summary>
    /// The address of <paramref name="path"/>. A client sends most requests to one path (chat/completions), so the last
    /// one is kept rather than combined again for every attempt; a <see cref="Uri"/> is immutable and can be shared.
    /// </summary>
    private Uri UriFor(string path)
    {
        if (_lastUri is { } last && string.Equals(last.Item1, path, StringComparison.Ordinal))
        {
            return last.Item2;
        }

        var uri = new Uri(Endpoint, path);
        _lastUri = Tuple.Create(path, uri);
        return uri;
    }

    /// <summary>Tells the rate limiter what the answer's headers say about the budget; a 429 pauses it for its <c>retry-after</c>.</summary>
    private void Pace(HttpResponseMessage response, AttemptState state)
    {
        if (state.Lease is not { } lease)
        {
            return;
        }

        state.Lease = null;
        lease.Settle(GroqResponseHeaders.RateLimits(response.Headers));
        if ((int)response.StatusCode == 429 && GroqResponseHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow) is { } pause && pause <= MaxHonouredRetryAfter)
        {
            RateLimiter!.Pause(pause);
        }
    }

    /// <summary>An error's body, kept up to its limit; one that cannot be read leaves a note, and the status still speaks.</summary>
    private async Task BufferErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await BoundedBody.BufferAsync(response, _maxErrorBodyBytes, tooLarge: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            response.Content = new StringContent($"(the error body could not be read: {Redactor.Redact(ex.Message)})");
        }
    }

    /// <summary>
    /// Refuses an answer that did not come from a <paramref name="state"/>-method request to the endpoint's origin: a
    /// caller's <see cref="HttpClient"/> may follow redirects, and a redirected POST (sent on as a GET) is not Groq's answer.
    /// </summary>
    private void CheckOrigin(HttpResponseMessage response, AttemptState state)
    {
        if (response.RequestMessage is not { RequestUri: { } answeredBy } request
            || (request.Method == state.Method && Uri.Compare(answeredBy, Endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0))
        {
            return;
        }

        throw new GroqException(
            $"Groq's answer to {state.Method} {state.Path} came from {request.Method} {Redactor.Redact(answeredBy.GetLeftPart(UriPartial.Path))} " +
            $"after a redirect, not from {Endpoint.GetLeftPart(UriPartial.Authority)}; it was refused. Point GroqClientOptions.Endpoint at the final address.");
    }

    private GroqException TooLarge(AttemptState state) => new(
        $"Groq's answer to {state.Method} {state.Path} is larger than GroqClientOptions.MaxResponseBytes ({_maxResponseBytes:N0} bytes); " +
        "it was not read. Raise the option if the answer is expected to be this large.");

    private static long Positive(long value, string option) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException($"options.{option}", value, $"GroqClientOptions.{option} must be positive.");

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");
}
