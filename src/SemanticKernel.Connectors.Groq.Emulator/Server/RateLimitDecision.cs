namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>
/// The answer of <see cref="RateLimitTracker.Admit"/>: the buckets after it, and for a refusal which limit refused, how long
/// until the request would fit, the limit and how much of it was used.
/// </summary>
internal sealed record RateLimitDecision(RateLimitSnapshot Limits, RateLimitRefusal Refusal, TimeSpan RetryAfter, int Limit, int Used)
{
    public bool Admitted => Refusal == RateLimitRefusal.None;
}
