using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>
/// Token buckets for requests per day, tokens per minute and, when set, requests per minute: each request and token used
/// drains a bucket that refills continuously, so the reset durations tell how long until the bucket is full again.
/// <see cref="Consume"/> only reports; <see cref="Admit"/> enforces (a request the buckets cannot cover is refused and
/// costs nothing).
/// </summary>
internal sealed class RateLimitTracker(int requestsPerDay, int tokensPerMinute, int? requestsPerMinute = null)
{
    private static readonly TimeSpan RequestWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinuteWindow = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly int _requestLimit = Math.Max(1, requestsPerDay);
    private readonly int _tokenLimit = Math.Max(1, tokensPerMinute);
    private readonly int? _minuteRequestLimit = requestsPerMinute is { } rpm ? Math.Max(1, rpm) : null;
    private double _requestsUsed;
    private double _tokensUsed;
    private double _minuteRequestsUsed;
    private long _lastTimestamp = Stopwatch.GetTimestamp();

    public RateLimitSnapshot Consume(int requests, int tokens)
    {
        lock (_gate)
        {
            Refill();
            _requestsUsed = Math.Min(_requestsUsed + requests, _requestLimit);
            _tokensUsed = Math.Min(_tokensUsed + tokens, _tokenLimit);
            _minuteRequestsUsed = Math.Min(_minuteRequestsUsed + requests, _minuteRequestLimit ?? 0);
            return Snapshot();
        }
    }

    /// <summary>Charges one request of <paramref name="tokens"/> when every bucket can cover it, else refuses it and charges nothing.</summary>
    public RateLimitDecision Admit(int tokens)
    {
        lock (_gate)
        {
            Refill();
            if (tokens > _tokenLimit)
            {
                return new RateLimitDecision(Snapshot(), RateLimitRefusal.TooLarge, TimeSpan.Zero, _tokenLimit, (int)Math.Ceiling(_tokensUsed));
            }

            if (_minuteRequestLimit is { } rpm && _minuteRequestsUsed + 1 > rpm)
            {
                return Refused(RateLimitRefusal.RequestsPerMinute, _minuteRequestsUsed + 1 - rpm, rpm, MinuteWindow, _minuteRequestsUsed);
            }

            if (_requestsUsed + 1 > _requestLimit)
            {
                return Refused(RateLimitRefusal.RequestsPerDay, _requestsUsed + 1 - _requestLimit, _requestLimit, RequestWindow, _requestsUsed);
            }

            if (_tokensUsed + tokens > _tokenLimit)
            {
                return Refused(RateLimitRefusal.TokensPerMinute, _tokensUsed + tokens - _tokenLimit, _tokenLimit, MinuteWindow, _tokensUsed);
            }

            _requestsUsed += 1;
            _tokensUsed += tokens;
            _minuteRequestsUsed += _minuteRequestLimit is null ? 0 : 1;
            return new RateLimitDecision(Snapshot(), RateLimitRefusal.None, TimeSpan.Zero, 0, 0);
        }
    }

    private RateLimitDecision Refused(RateLimitRefusal refusal, double missing, int limit, TimeSpan window, double used) =>
        new(Snapshot(), refusal, window * (missing / limit), limit, (int)Math.Ceiling(used));

    private void Refill()
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(_lastTimestamp, now);
        _lastTimestamp = now;
        _requestsUsed = Drain(_requestsUsed, _requestLimit, RequestWindow, elapsed);
        _tokensUsed = Drain(_tokensUsed, _tokenLimit, MinuteWindow, elapsed);
        _minuteRequestsUsed = _minuteRequestLimit is { } rpm ? Drain(_minuteRequestsUsed, rpm, MinuteWindow, elapsed) : 0;
    }

    private RateLimitSnapshot Snapshot() => new(
        _requestLimit,
        _tokenLimit,
        Math.Max(0, _requestLimit - (int)Math.Ceiling(_requestsUsed)),
        Math.Max(0, _tokenLimit - (int)Math.Ceiling(_tokensUsed)),
        RequestWindow * (_requestsUsed / _requestLimit),
        MinuteWindow * (_tokensUsed / _tokenLimit));

    private static double Drain(double used, int limit, TimeSpan window, TimeSpan elapsed) =>
        Math.Max(0, used - (elapsed / window * limit));
}
