namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>The rate-limit state reported in one response's <c>x-ratelimit-*</c> headers.</summary>
internal sealed record RateLimitSnapshot(int RequestLimit, int TokenLimit, int RemainingRequests, int RemainingTokens, TimeSpan ResetRequests, TimeSpan ResetTokens);
