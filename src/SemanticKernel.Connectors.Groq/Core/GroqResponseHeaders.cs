using System.Globalization;
using System.Net.Http.Headers;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Reads Groq's request id, rate-limit and retry headers.</summary>
internal static class GroqResponseHeaders
{
    public static string? RequestId(HttpResponseHeaders headers) => Single(headers, "x-request-id");

    public static GroqRateLimits? RateLimits(HttpResponseHeaders headers)
    {
        var limits = new GroqRateLimits(
            Long(headers, "x-ratelimit-limit-requests"),
            Long(headers, "x-ratelimit-limit-tokens"),
            Long(headers, "x-ratelimit-remaining-requests"),
            Long(headers, "x-ratelimit-remaining-tokens"),
            Duration(headers, "x-ratelimit-reset-requests"),
            Duration(headers, "x-ratelimit-reset-tokens"));
        return limits == Empty ? null : limits;
    }

    /// <summary>
    /// <c>retry-after-ms</c>, then <c>retry-after</c> in seconds or as an HTTP date; <see langword="null"/> (the default
    /// backoff) for a value that is negative, not a number or beyond what a <see cref="TimeSpan"/> holds.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (Single(headers, "retry-after-ms") is { } ms &&
            double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out double milliseconds) && milliseconds >= 0)
        {
            return WireNumbers.Milliseconds(milliseconds);
        }

        if (Single(headers, "retry-after") is not { } retryAfter)
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return seconds >= 0 ? WireNumbers.Seconds(seconds) : null;
        }

        return DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }

    /// <summary>The rate-limit headers present but unreadable (not a number, or beyond what .NET holds), or <see langword="null"/>.</summary>
    public static string? Unrepresentable(HttpResponseHeaders headers)
    {
        var names = new List<string>();
        foreach (string name in LongHeaders)
        {
            if (Single(headers, name) is not null && Long(headers, name) is null)
            {
                names.Add(name);
            }
        }

        foreach (string name in DurationHeaders)
        {
            if (Single(headers, name) is not null && Duration(headers, name) is null)
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    /// <summary><c>x-should-retry: true|false</c>, when the server says.</summary>
    public static bool? ShouldRetry(HttpResponseHeaders headers) => Single(headers, "x-should-retry") switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private static readonly string[] LongHeaders =
        ["x-ratelimit-limit-requests", "x-ratelimit-limit-tokens", "x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens"];

    private static readonly string[] DurationHeaders = ["x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"];

    private static readonly GroqRateLimits Empty = new(null, null, null, null, null, null);

    private static string? Single(HttpResponseHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;

    private static long? Long(HttpResponseHeaders headers, string name) =>
        long.TryParse(Single(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : null;

    private static TimeSpan? Duration(HttpResponseHeaders headers, string name) =>
        Single(headers, name) is { } text ? GoDuration.Parse(text) : null;
}
