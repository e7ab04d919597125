using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Groq's answers to a request its rate limits refuse: 429 with <c>retry-after</c>, or 413 for a request no minute can hold.</summary>
internal static class RateLimitErrors
{
    private const string Upgrade = " Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing";

    public static (GroqError Error, IReadOnlyList<KeyValuePair<string, string>> Headers) For(RateLimitDecision decision, string model, int tokens)
    {
        var (what, type, requested) = decision.Refusal switch
        {
            RateLimitRefusal.RequestsPerMinute => ("requests per minute (RPM)", "requests", 1),
            RateLimitRefusal.RequestsPerDay => ("requests per day (RPD)", "requests", 1),
            _ => ("tokens per minute (TPM)", "tokens", tokens),
        };

        string scope = $"for model `{model}` in organization `org_emulator` service tier `on_demand` on {what}";
        if (decision.Refusal == RateLimitRefusal.TooLarge)
        {
            var tooLarge = new GroqError(
                413,
                Invariant($"Request too large {scope}: Limit {decision.Limit}, Requested {requested}, please reduce your message size and try again.{Upgrade}"),
                type,
                "rate_limit_exceeded");
            return (tooLarge, []);
        }

        // Groq sends whole seconds, rounded up so that a client waiting that long finds room.
        long seconds = Math.Max(1, (long)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        var error = new GroqError(
            429,
            Invariant($"Rate limit reached {scope}: Limit {decision.Limit}, Used {decision.Used}, Requested {requested}. Please try again in {GoDuration.Format(decision.RetryAfter)}.{Upgrade}"),
            type,
            "rate_limit_exceeded");
        return (error, [new("retry-after", seconds.ToString(CultureInfo.InvariantCulture))]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
