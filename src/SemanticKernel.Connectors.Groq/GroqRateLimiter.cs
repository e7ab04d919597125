using System.Threading.RateLimiting;
using SemanticKernel.Connectors.Groq.Core.Pacing;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Paces requests to Groq under one API key's rate limits: it learns the remaining requests and tokens and their reset
/// times from every answer's <c>x-ratelimit-*</c> headers, holds each request's estimated tokens while it is in flight, and
/// makes requests the budget cannot cover wait, first come first served, until it can; a 429's <c>retry-after</c> pauses
/// every waiting request. Create one per API key and set it as <see cref="GroqClientOptions.RateLimiter"/> of every client
/// using that key (chat, audio, any number); limiters in other processes on the same key see each other's use through the
/// headers.
/// </summary>
/// <remarks>
/// A lease is one request; its permit count is the request's estimated tokens (0 for audio). Its tokens are not given back
/// when it is disposed: they are spent, and the budget refills over time as Groq's does. Cancelling a waiting
/// <see cref="RateLimiter.AcquireAsync"/> removes it from the queue. Groq's limits are per model; one limiter per key and
/// model is the most precise, one per key the simplest.
/// </remarks>
public sealed class GroqRateLimiter : RateLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly RateBudget _budget;
    private readonly ConcurrencyLimiter _queue;
    private TaskCompletionSource? _wake;
    private long _idleSince;
    private long _successful;
    private long _failed;
    private bool _disposed;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The limits known in advance and the estimate's defaults; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public GroqRateLimiter(GroqRateLimiterOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= new GroqRateLimiterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerMinute ?? 1, 1, "options.RequestsPerMinute");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TokensPerMinute ?? 1, 1, "options.TokensPerMinute");
        ArgumentOutOfRangeException.ThrowIfNegative(options.DefaultCompletionTokens, "options.DefaultCompletionTokens");
        ArgumentOutOfRangeException.ThrowIfNegative(options.QueueLimit, "options.QueueLimit");
        _time = timeProvider ?? TimeProvider.System;
        _start = _time.GetTimestamp();
        _idleSince = _start;
        DefaultCompletionTokens = options.DefaultCompletionTokens;
        _budget = new RateBudget(options.RequestsPerMinute, options.TokensPerMinute, TimeSpan.Zero);

        // The queue is the library's FIFO: one request at a time is at its head, waiting for the budget; the rest wait
        // behind it in arrival order, and a cancelled or refused one leaves it.
        _queue = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <inheritdoc />
    /// <remarks>Null while requests wait or are in flight; otherwise the time since the last one was settled.</remarks>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _budget.RequestsInFlight > 0 || _wake is not null || _queue.GetStatistics()?.CurrentQueuedCount > 0
                    ? null
                    : _time.GetElapsedTime(_idleSince);
            }
        }
    }

    internal int DefaultCompletionTokens { get; }

    /// <inheritdoc />
    /// <remarks><see cref="RateLimiterStatistics.CurrentAvailablePermits"/> is the tokens a request could use now (<see cref="long.MaxValue"/> while the limit is unknown).</remarks>
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            double tokens = _budget.AvailableTokens(Now());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = double.IsPositiveInfinity(tokens) ? long.MaxValue : (long)Math.Max(0, tokens),
                CurrentQueuedCount = (_queue.GetStatistics()?.CurrentQueuedCount ?? 0) + (_wake is null ? 0 : 1),
                TotalSuccessfulLeases = Interlocked.Read(ref _successful),
                TotalFailedLeases = Interlocked.Read(ref _failed),
            };
        }
    }

    /// <summary>The estimated tokens of a chat request (see <see cref="ChatTokenEstimate"/>).</summary>
    internal int EstimateChatTokens(WireChatRequest request, int bodyBytes) => ChatTokenEstimate.Of(request, bodyBytes, DefaultCompletionTokens);

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var turn = _queue.AttemptAcquire(1);
        if (!turn.IsAcquired)
        {
            return Refuse(null);
        }

        lock (_gate)
        {
            var now = Now();
            var wait = _budget.Wait(permitCount, now);
            return wait == TimeSpan.Zero ? Grant(permitCount, now) : Refuse(wait);
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var turn = await _queue.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!turn.IsAcquired)
        {
            return Refuse(null);
        }

        try
        {
            while (true)
            {
                TaskCompletionSource wake;
                TimeSpan wait;
                lock (_gate)
                {
                    ObjectDisposedException.ThrowIf(_disposed, this);
                    var now = Now();
                    wait = _budget.Wait(permitCount, now);
                    if (wait == TimeSpan.Zero)
                    {
                        return Grant(permitCount, now);
                    }

                    wake = _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                // Woken when the wait is over, or earlier when an answer changes the budget.
                using (_time.CreateTimer(static state => ((TaskCompletionSource)state!).TrySetResult(), wake, wait, Timeout.InfiniteTimeSpan))
                {
                    await wake.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _wake = null;
            }
        }
    }

    /// <summary>Settles a request's held tokens with its answer's headers (see <see cref="RateBudget.Settle"/>).</summary>
    internal void Settle(long tokens, GroqRateLimits? answer)
    {
        lock (_gate)
        {
            var now = Now();
            _budget.Settle(tokens, answer, now);
            _idleSince = _time.GetTimestamp();
            _wake?.TrySetResult();
        }
    }

    /// <summary>Corrects a request's estimate with the tokens its answer's <c>usage</c> reports (see <see cref="RateBudget.Correct"/>).</summary>
    internal void Correct(long estimated, long? used)
    {
        if (used is not { } spent || spent < 0)
        {
            return;
        }

        lock (_gate)
        {
            _budget.Correct(estimated, spent, Now());
        }
    }

    /// <summary>Holds every request for <paramref name="retryAfter"/>, as a 429 asks.</summary>
    internal void Pause(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _budget.Pause(retryAfter, Now());
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                _disposed = true;
                _wake?.TrySetException(new ObjectDisposedException(nameof(GroqRateLimiter)));
            }

            _queue.Dispose();
        }

        base.Dispose(disposing);
    }

    private GroqRateLease Grant(long tokens, TimeSpan now)
    {
        _budget.Reserve(tokens, now);
        Interlocked.Increment(ref _successful);
        return GroqRateLease.Acquired(this, tokens);
    }

    private GroqRateLease Refuse(TimeSpan? retryAfter)
    {
        Interlocked.Increment(ref _failed);
        return GroqRateLease.Refused(retryAfter);
    }

    private TimeSpan Now() => _time.GetElapsedTime(_start);
}
