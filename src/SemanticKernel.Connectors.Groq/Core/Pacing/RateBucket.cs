namespace SemanticKernel.Connectors.Groq.Core.Pacing;

/// <summary>
/// One budget (tokens per minute, requests per day or per minute) as a bucket that refills linearly up to its capacity.
/// The server's headers set it (<see cref="Learn"/>): what remains, and how long until it is full again, which gives the
/// refill rate; between answers it is drawn down locally (<see cref="Take"/>). Times are offsets from the limiter's start.
/// Not thread-safe: the limiter guards it.
/// </summary>
internal sealed class RateBucket(TimeSpan window)
{
    private double _level;
    private TimeSpan _at;
    private double _perSecond;

    /// <summary>Gets the capacity, or <see langword="null"/> while it is unknown (the bucket then never holds anything back).</summary>
    public double? Capacity { get; private set; }

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
        : Math.Min(capacity, _level + (_perSecond * Math.Max(0, (now - _at).TotalSeconds)));

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

    /// <summary>Replaces the local estimate with the server's: its limit, what remains, and the time until the bucket is full.</summary>
    public void Learn(long? limit, long? remaining, TimeSpan? reset, TimeSpan now)
    {
        if (limit is > 0)
        {
            Capacity = limit;
        }

        if (Capacity is not { } capacity || remaining is not { } left)
        {
            return;
        }

        _level = Math.Clamp(left, 0, capacity);
        _at = now;
        double missing = capacity - _level;

        // A bucket refilling continuously is full again after missing / rate; without a usable reset, the window's rate.
        _perSecond = reset is { } full && full > TimeSpan.Zero && missing > 0
            ? missing / full.TotalSeconds
            : capacity / window.TotalSeconds;
    }

    /// <summary>How long until the bucket holds <paramref name="amount"/> (capped at its capacity); zero when it does now.</summary>
    public TimeSpan TimeUntil(double amount, TimeSpan now)
    {
        if (Capacity is not { } capacity)
        {
            return TimeSpan.Zero;
        }

        double deficit = Math.Min(amount, capacity) - Available(now);
        return deficit <= 0 || _perSecond <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(deficit / _perSecond);
    }
}
