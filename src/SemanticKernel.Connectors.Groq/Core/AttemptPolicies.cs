using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;
using SemanticKernel.Connectors.Groq.Core.Pacing;
using SemanticKernel.Connectors.Groq.Core.Telemetry;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// The Polly pipeline around each <see cref="GroqHttpPipeline"/> attempt: retries as Groq's SDKs make them (honouring
/// <c>retry-after</c> and <c>x-should-retry</c>), the <see cref="GroqRateLimiter"/>'s turn, and the attempt's timeout.
/// </summary>
internal static class AttemptPolicies
{
    /// <summary>Where a request's <see cref="AttemptState"/> rides in its <see cref="ResilienceContext"/>.</summary>
    public static readonly ResiliencePropertyKey<AttemptState> StateKey = new("groq.attempt");

    /// <summary>Retries (outermost), the rate limiter's turn, and each attempt's timeout (innermost).</summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(int maxRetries, TimeSpan timeout, GroqRateLimiter? rateLimiter, ILogger logger)
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
                    int? status = args.Outcome.Result is { } r ? (int)r.StatusCode : null;
                    string errorType = status?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        ?? (args.Outcome.Exception is { } ex ? AttemptTelemetry.ErrorType(ex) : "unknown");
                    GroqLog.Retrying(logger, errorType, args.AttemptNumber + 1, args.RetryDelay);
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    if (GroqInstruments.Source.HasListeners() || GroqInstruments.Retries.Enabled)
                    {
                        state.RetryReason = errorType;
                        state.RetryDelay = args.RetryDelay;
                        AttemptTelemetry.Retrying(state, errorType, status);
                    }

                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        // Inside the retries, so each attempt waits its turn; outside the timeout, so the wait is not part of the attempt's time.
        if (rateLimiter is { } limiter)
        {
            builder.AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = args => AcquireTurnAsync(limiter, args) });
        }

        if (timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(timeout);
        }

        return builder.Build();
    }

    private static async ValueTask<RateLimitLease> AcquireTurnAsync(GroqRateLimiter limiter, RateLimiterArguments args)
    {
        var state = args.Context.Properties.GetValue(StateKey, null!);
        long asked = Stopwatch.GetTimestamp();
        var pending = limiter.AcquireAsync(state.EstimatedTokens, args.Context.CancellationToken);

        // A turn given at once completes synchronously: only a request that was made to wait is a rate-limit wait.
        RateLimitLease lease;
        if (pending.IsCompleted)
        {
            lease = pending.Result;
            state.RateLimitWait = TimeSpan.Zero;
        }
        else
        {
            try
            {
                lease = await pending.ConfigureAwait(false);
            }
            finally
            {
                state.RateLimitWait = Stopwatch.GetElapsedTime(asked);
                AttemptTelemetry.WaitedForTurn(state, state.RateLimitWait);
            }
        }

        if (lease is GroqRateLease { IsAcquired: true } turn)
        {
            state.Lease = turn;
        }

        return lease;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            // An IOException is a body cut off while it was read: nothing has reached the caller yet.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException or IOException;
        }

        // As Groq's SDKs: x-should-retry is only asked of a failed answer; a successful one is kept whatever it says.
        HttpResponseMessage response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        if (GroqResponseHeaders.ShouldRetry(response.Headers) is { } serverSays)
        {
            return serverSays;
        }

        int status = (int)response.StatusCode;
        return status is 408 or 409 or 429 || status >= 500;
    }

    private static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response) =>
        response is not null && GroqResponseHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow) is { } delay && delay <= GroqHttpPipeline.MaxHonouredRetryAfter
            ? delay
            : null;
}
