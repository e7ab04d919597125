namespace SemanticKernel.Connectors.Groq;

/// <summary>A snapshot of Groq's <c>x-ratelimit-*</c> response headers.</summary>
/// <param name="LimitRequests">Requests allowed per day (<c>x-ratelimit-limit-requests</c>).</param>
/// <param name="LimitTokens">Tokens allowed per minute (<c>x-ratelimit-limit-tokens</c>).</param>
/// <param name="RemainingRequests">Requests left in the current window.</param>
/// <param name="RemainingTokens">Tokens left in the current window.</param>
/// <param name="ResetRequests">Time until the request window resets.</param>
/// <param name="ResetTokens">Time until the token window resets.</param>
public sealed record GroqRateLimits(
    long? LimitRequests,
    long? LimitTokens,
    long? RemainingRequests,
    long? RemainingTokens,
    TimeSpan? ResetRequests,
    TimeSpan? ResetTokens);
