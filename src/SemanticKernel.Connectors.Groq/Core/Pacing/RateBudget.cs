namespace SemanticKernel.Connectors.Groq.Core.Pacing;

/// <summary>
/// What one API key may still spend: tokens per minute and requests per day as Groq's headers report them, requests per minute
/// when the caller knows its tier's limit (Groq does not report it), the requests sent but not yet answered, and a pause after
/// a 429. Pure bookkeeping over times given by the caller (offsets from the limiter's start); not thread-safe.
/// </summary>
/// <remarks>
/// A request's estimated tokens are held while it is in flight. Its answer's headers then replace the estimate with the
/// server's count (which already includes the request and everything else sent on the key, by any process); without
/// headers the estimate is charged locally instead.
/// </remarks>
internal sealed class RateBudget
{
    /// <summary>How long to wait before looking again when only answers still in flight can free the budget.</summary>
    internal static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(100);

    /// <summary>How old the last answer may be before, on a key others are seen to spend, one request refreshes the view.</summary>
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromMilliseconds(200);

    private readonly RateBucket _tokens = new(TimeSpan.FromMinutes(1));
    private readonly RateBucket _requestsPerDay = new(TimeSpan.FromDays(1));
    private readonly RateBucket _requestsPerMinute = new(TimeSpan.FromMinutes(1));
    private long _tokensInFlight;
    private int _requestsInFlight;
    private TimeSpan _pausedUntil;
    private bool _probing = true;
    private TimeSpan _lastAnswer;
    private double _tokensSpentSinceAnswer;
    private double _requestsSpentSinceAnswer;

    public RateBudget(int? requestsPerMinute, int? tokensPerMinute, TimeSpan now)
    {
        if (requestsPerMinute is { } rpm)
        {
            _requestsPerMinute.Configure(rpm, now);
        }

        if (tokensPerMinute is { } tpm)
        {
            _tokens.Configure(tpm, now);
        }
    }

    /// <summary>Gets the number of requests sent and not yet settled.</summary>
    public int RequestsInFlight => _requestsInFlight;

    /// <summary>Tokens a new request could use at <paramref name="now"/>: <see cref="double.PositiveInfinity"/> while the limit is unknown.</summary>
    public double AvailableTokens(TimeSpan now) => _tokens.Available(now) - _tokensInFlight;

    /// <summary>
    /// How long a request of <paramref name="tokens"/> must wait before it may be sent: zero when the budget covers it now.
    /// A request larger than a whole minute's tokens waits only for a full bucket (Groq then answers 413: waiting cannot help).
    /// </summary>
    public TimeSpan Wait(long tokens, TimeSpan now)
    {
        if (now < _pausedUntil)
        {
            return _pausedUntil - now;
        }

        // A view that may be stale (nothing heard yet, a pause, or no answer for a while on a key others spend: they may have
        // spent the refill meanwhile) is refreshed by one request before any other is sent: a burst on it would meet 429s.
        if (_requestsInFlight > 0 && (_probing || (_tokens.SharedWithOthers && now - _lastAnswer > StaleAfter)))
        {
            return Recheck;
        }

        TimeSpan wait = TimeSpan.Zero;
        if (_tokens.Capacity is { } tokenCapacity && _tokens.Available(now) - _tokensInFlight < Math.Min(tokens, tokenCapacity))
        {
            wait = Longest(wait, _tokens.TimeUntil(tokens + _tokensInFlight, now));
        }

        if (_requestsPerDay.Capacity is not null && _requestsPerDay.Available(now) - _requestsInFlight < 1)
        {
            wait = Longest(wait, _requestsPerDay.TimeUntil(1 + _requestsInFlight, now));
        }

        if (_requestsPerMinute.Capacity is not null && _requestsPerMinute.Available(now) - _requestsInFlight < 1)
        {
            wait = Longest(wait, _requestsPerMinute.TimeUntil(1 + _requestsInFlight, now));
        }

        return wait;
    }

    /// <summary>Holds a request of <paramref name="tokens"/> that is being sent.</summary>
    public void Reserve(long tokens, TimeSpan now)
    {
        _tokensInFlight += tokens;
        _requestsInFlight++;
    }

    /// <summary>
    /// Settles a request held by <see cref="Reserve"/>: with the headers of its answer, the server's numbers replace the
    /// local ones; without (no answer, or none with the headers), its estimate is charged locally.
    /// </summary>
    public void Settle(long tokens, GroqRateLimits? answer, TimeSpan now)
    {
        _tokensInFlight -= tokens;
        _requestsInFlight--;
        _probing = false;
        if (answer is not null)
        {
            _lastAnswer = now;
        }

        // Charged when answered, not when sent: the server charged it on arrival, after the send, and a charge on a full
        // bucket starts its refill; counting it from the answer keeps the local bucket behind the server's, never ahead.
        _requestsPerMinute.Take(1, now);
        if (answer is { RemainingTokens: not null } || answer is { LimitTokens: not null })
        {
            _tokens.Learn(answer.LimitTokens, answer.RemainingTokens, answer.ResetTokens, _tokensSpentSinceAnswer + tokens, now);
            _tokensSpentSinceAnswer = 0;
        }
        else
        {
            _tokens.Take(tokens, now);
        }

        if (answer is { RemainingRequests: not null } || answer is { LimitRequests: not null })
        {
            _requestsPerDay.Learn(answer.LimitRequests, answer.RemainingRequests, answer.ResetRequests, _requestsSpentSinceAnswer + 1, now);
            _requestsSpentSinceAnswer = 0;
        }
        else
        {
            _requestsPerDay.Take(1, now);
        }
    }

    /// <summary>
    /// Corrects a settled request's estimate with the tokens its <c>usage</c> reports: what this limiter spent since the
    /// last answer (so that others' spending is told apart from its own), and, while no answer has told the budget, the budget.
    /// </summary>
    public void Correct(long estimated, long used, TimeSpan now)
    {
        _tokensSpentSinceAnswer += used - estimated;
        if (!_tokens.Learned)
        {
            _tokens.Take(used - estimated, now);
        }
    }

    /// <summary>Gets the rate at which others on the key are seen to spend tokens, per second.</summary>
    public double OthersTokensPerSecond => _tokens.OthersPerSecond;

    /// <summary>Holds every request until <paramref name="duration"/> from <paramref name="now"/> (a 429's <c>retry-after</c>).</summary>
    public void Pause(TimeSpan duration, TimeSpan now)
    {
        if (now + duration > _pausedUntil)
        {
            _pausedUntil = now + duration;
        }

        _probing = true;
    }

    /// <summary>The longer wait; a bucket that time alone cannot fill (answers in flight hold it) is looked at again after <see cref="Recheck"/>.</summary>
    private static TimeSpan Longest(TimeSpan wait, TimeSpan candidate) =>
        candidate <= TimeSpan.Zero ? (wait > Recheck ? wait : Recheck) : (wait > candidate ? wait : candidate);
}
