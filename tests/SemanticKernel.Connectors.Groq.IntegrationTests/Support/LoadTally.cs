using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// How each call of a load run ended, safe to update from many workers. Everything is allocated up front, so a run adds
/// nothing to the heap that outlives it but a few entries for failures and problems.
/// </summary>
internal sealed class LoadTally(int calls)
{
    private const int MaxProblems = 10;

    private readonly long[] _latencyTicks = new long[calls];
    private readonly ConcurrentDictionary<int, int> _failuresByStatus = new();
    private readonly ConcurrentQueue<string> _problems = new();
    private int _successes;
    private int _failures;
    private int _unexplained;
    private int _hung;
    private int _unexpected;
    private int _wrongAnswers;

    public int Successes => Volatile.Read(ref _successes);

    /// <summary>Calls that ended in a <see cref="GroqException"/> with an HTTP status.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Failures whose exception does not say why: no status, no Groq error code, or a message naming neither (or a 429 without retry-after).</summary>
    public int Unexplained => Volatile.Read(ref _unexplained);

    /// <summary>Calls stopped by the per-call guard: they would have hung.</summary>
    public int Hung => Volatile.Read(ref _hung);

    /// <summary>Calls that ended in anything but a result or a <see cref="GroqException"/> with a status.</summary>
    public int Unexpected => Volatile.Read(ref _unexpected);

    /// <summary>Successful calls whose answer was not the one for their prompt.</summary>
    public int WrongAnswers => Volatile.Read(ref _wrongAnswers);

    /// <summary>Calls that ended by themselves, in a result or an exception.</summary>
    public int Ended => Successes + Failures + Unexpected;

    public IReadOnlyDictionary<int, int> FailuresByStatus => new SortedDictionary<int, int>(_failuresByStatus);

    /// <summary>The first few problems (wrong answers, unexplained failures, hangs, unexpected exceptions), for the assertion message.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    public void Success(int call, long startTimestamp, bool rightAnswer)
    {
        _latencyTicks[call] = Stopwatch.GetElapsedTime(startTimestamp).Ticks;
        Interlocked.Increment(ref _successes);
        if (!rightAnswer)
        {
            Interlocked.Increment(ref _wrongAnswers);
            Problem($"call {call}: wrong answer");
        }
    }

    public void Failure(int call, long startTimestamp, GroqException exception)
    {
        _latencyTicks[call] = Stopwatch.GetElapsedTime(startTimestamp).Ticks;
        var status = (int)exception.StatusCode!.Value;
        Interlocked.Increment(ref _failures);
        _failuresByStatus.AddOrUpdate(status, 1, static (_, n) => n + 1);
        var saysWhy = exception.ErrorCode is { Length: > 0 } code
            && exception.Message.Contains(status.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && exception.Message.Contains(code, StringComparison.Ordinal)
            && (status != 429 || exception.RetryAfter is not null);
        if (!saysWhy)
        {
            Interlocked.Increment(ref _unexplained);
            Problem($"call {call}: {status} does not say why: {exception.Message}");
        }
    }

    public void Hang(int call)
    {
        Interlocked.Increment(ref _hung);
        Problem($"call {call}: still running when its guard expired");
    }

    public void Unexpect(int call, Exception exception)
    {
        Interlocked.Increment(ref _unexpected);
        Problem($"call {call}: {exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>The latency below which this fraction of the ended calls fell (for information only).</summary>
    public TimeSpan Percentile(double fraction)
    {
        var ended = _latencyTicks.Where(ticks => ticks > 0).Order().ToArray();
        return ended.Length == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(ended[Math.Min(ended.Length - 1, (int)(fraction * ended.Length))]);
    }

    private void Problem(string text)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Enqueue(text);
        }
    }
}
