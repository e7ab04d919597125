namespace SemanticKernel.Connectors.Groq.Core.Pacing;

/// <summary>
/// One budget (tokens per minute, requests per day or per minute) as a bucket that refills linearly up to its capacity.
/// The server's headers set it (<see cref="Learn"/>): what remains, and how long until it is full again, which gives the
/// refill rate; between answers it is drawn down locally (<see cref="Take"/>). Times are offsets from the limiter's start.
/// Not thread-safe: the limiter guards it.
/// </summary>
/// <remarks>
/// Others may spend the same budget (other processes on the key). Between two answers the server's count falls by what
/// everyone spent, and this bucket knows what it spent itself, so the difference is what the others spent; its average over
/// the last few seconds is taken off the refill this bucket counts on, so that each limiter on a key paces to its share.
/// </remarks>
internal sealed class RateBucket(TimeSpan window)
{
    /// <summary>How long the others' spending is remembered: their rate is an average with this time constant.</summary>
    internal static readonly TimeSpan OthersHorizon = TimeSpan.FromSeconds(2);

    private double _level;
    private TimeSpan _at;
    private double _perSecond;
    private bool _learned;
    private double _othersSpent;
    private double _othersSeconds;

    /// <summary>Gets the capacity, or <see langword="null"/> while it is unknown (the bucket then never holds anything back).</summary>
    public double? Capacity { get; private set; }

    /// <summary>Gets a value indicating whether an answer has told this bucket's level.</summary>
    public bool Learned => _learned;

    /// <summary>Gets the rate at which others on the key are seen to spend this budget, per second.</summary>
    public double OthersPerSecond => _othersSeconds > 0 ? Math.Max(0, _othersSpent / _othersSeconds) : 0;

    /// <summary>Gets a value indicating whether others are seen to spend more than a twentieth of the refill.</summary>
    public bool SharedWithOthers => OthersPerSecond > _perSecond / 20;

    /// <summary>Sets a capacity known in advance (a tier's limit); the bucket starts full.</summary>
    public void Configure(double capacity, TimeSpan now)
    {
        Capacity = capacity;
        _level = capacity;
        _at = now;
        _perSecond = capacity / window.TotalSeconds;
    }

    /// <summary>What the bucket holds at <paramref name="now"/>: <see cref="double.PositiveInfinity"/> when its capacity is unknown.</summary>
    public double Available(TimeSpan now) => Capacity is not { } capacity
        ? double.PositiveInfinity
        : Math.Min(capacity, _level + (Refill * Math.Max(0, (now - _at).TotalSeconds)));

    /// <summary>Draws <paramref name="amount"/> from the bucket (it may go below zero: a debt the refill pays first).</summary>
    public void Take(double amount, TimeSpan now)
    {
        if (Capacity is null)
        {
            return;
        }

        _level = Available(now) - amount;
        _at = now;
    }

    /// <summary>
    /// Replaces the local estimate with the server's: its limit, what remains, and the time until the bucket is full.
    /// <paramref name="spentSinceLast"/> is what this limiter spent since the previous answer (the rest of the fall is others').
    /// </summary>
    public void Learn(long? limit, long? remaining, TimeSpan? reset, double spentSinceLast, TimeSpan now)
    {
        if (limit is > 0)
        {
            Capacity = limit;
        }

        if (Capacity is not { } capacity || remaining is not { } left)
        {
            return;
        }

        double level = Math.Clamp(left, 0, capacity);
        if (_learned && now > _at)
        {
            // Signed: answers arrive out of order and late, so single differences are noise that averages out.
            double expected = Math.Min(capacity, _level + (_perSecond * (now - _at).TotalSeconds)) - spentSinceLast;
            double decay = Math.Exp(-(now - _at) / OthersHorizon);
            _othersSpent = (_othersSpent * decay) + (expected - level);
            _othersSeconds = (_othersSeconds * decay) + (now - _at).TotalSeconds;
        }

        _learned = true;
        _level = level;
        _at = now;
        double missing = capacity - _level;

        // A bucket refilling continuously is full again after missing / rate; without a usable reset, the window's rate.
        _perSecond = reset is { } full && full > TimeSpan.Zero && missing > 0
            ? missing / full.TotalSeconds
            : capacity / window.TotalSeconds;
    }

    /// <summary>How long until the bucket holds <paramref name="amount"/> (capped at its capacity); zero when it does now or time alone cannot fill it.</summary>
    public TimeSpan TimeUntil(double amount, TimeSpan now)
    {
        if (Capacity is not { } capacity)
        {
            return TimeSpan.Zero;
        }

        double deficit = Math.Min(amount, capacity) - Available(now);
        return deficit <= 0 || Refill <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(deficit / Refill);
    }

    /// <summary>The refill this limiter counts on: the server's, less what others are seen to spend (at least a tenth of it).</summary>
    private double Refill => Math.Max(_perSecond * 0.1, _perSecond - OthersPerSecond);
}
