namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Server numbers to .NET times without throwing (pure): a value a <see cref="TimeSpan"/> or <see cref="DateTimeOffset"/>
/// cannot hold (1e300, Infinity, NaN, a year past 9999) is dropped (<see langword="null"/>) or, where the field is not
/// optional, clamped.
/// </summary>
internal static class WireNumbers
{
    // Strictly inside TimeSpan's range: TimeSpan.MaxValue.TotalSeconds rounds up as a double and would overflow.
    private static readonly double MaxSeconds = TimeSpan.MaxValue.TotalSeconds - 1;
    private static readonly TimeSpan MaxTimestamp = TimeSpan.FromTicks(TimeSpan.MaxValue.Ticks / 2);
    private static readonly long MinUnixSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static bool FitsSeconds(double seconds) => double.IsFinite(seconds) && Math.Abs(seconds) < MaxSeconds;

    public static bool FitsUnixSeconds(long unixSeconds) => unixSeconds >= MinUnixSeconds && unixSeconds <= MaxUnixSeconds;

    public static TimeSpan? Seconds(double? seconds) => seconds is { } s && FitsSeconds(s) ? TimeSpan.FromSeconds(s) : null;

    public static TimeSpan? Milliseconds(double milliseconds) => FitsSeconds(milliseconds / 1000) ? TimeSpan.FromMilliseconds(milliseconds) : null;

    /// <summary>
    /// A timestamp that must have a value: NaN and negatives are zero, and the largest is half of <see cref="TimeSpan.MaxValue"/>,
    /// so merging chunked transcripts can shift and subtract timestamps without overflowing.
    /// </summary>
    public static TimeSpan ClampedTimestamp(double seconds) =>
        double.IsNaN(seconds) || seconds <= 0 ? TimeSpan.Zero
        : seconds < MaxTimestamp.TotalSeconds ? TimeSpan.FromSeconds(seconds)
        : MaxTimestamp;

    public static bool FitsTimestamp(double seconds) => seconds >= 0 && seconds < MaxTimestamp.TotalSeconds;

    public static DateTimeOffset? UnixSeconds(long? unixSeconds) =>
        unixSeconds is { } s && FitsUnixSeconds(s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
}
