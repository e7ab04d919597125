using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>
/// Token buckets for requests per day and tokens per minute: each request and token used drains a bucket
/// that refills continuously, so the reset durations tell how long until the bucket is full again.
/// </summary>
internal sealed class RateLimitTracker(int requestsPerDay, int tokensPerMinute)
{
    private static readonly TimeSpan RequestWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan TokenWindow = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly int _requestLimit = Math.Max(1, requestsPerDay);
    private readonly int _tokenLimit = Math.Max(1, tokensPerMinute);
    private double _requestsUsed;
    private double _tokensUsed;
    private long _lastTimestamp = Stopwatch.GetTimestamp();

    public RateLimitSnapshot Consume(int requests, int tokens)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var elapsed = Stopwatch.GetElapsedTime(_lastTimestamp, now);
            _lastTimestamp = now;
            _requestsUsed = Drain(_requestsUsed, _requestLimit, RequestWindow, elapsed) + requests;
            _tokensUsed = Drain(_tokensUsed, _tokenLimit, TokenWindow, elapsed) + tokens;
            _requestsUsed = Math.Min(_requestsUsed, _requestLimit);
            _tokensUsed = Math.Min(_tokensUsed, _tokenLimit);
            return new RateLimitSnapshot(
                _requestLimit,
                _tokenLimit,
                Math.Max(0, _requestLimit - (int)Math.Ceiling(_requestsUsed)),
                Math.Max(0, _tokenLimit - (int)Math.Ceiling(_tokensUsed)),
                RequestWindow * (_requestsUsed / _requestLimit),
                TokenWindow * (_tokensUsed / _tokenLimit));
        }
    }

    private static double Drain(double used, int limit, TimeSpan window, TimeSpan elapsed) =>
        Math.Max(0, used - (elapsed / window * limit));
}
