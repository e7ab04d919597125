namespace SemanticKernel.Connectors.Groq;

/// <summary>What a <see cref="GroqRateLimiter"/> knows before Groq's first answer, and how it estimates a request.</summary>
public sealed class GroqRateLimiterOptions
{
    /// <summary>
    /// Gets or sets the tier's requests-per-minute limit for the model, or <see langword="null"/> (the default) when unknown.
    /// Groq enforces it but its headers report only the daily request limit, so the limiter can keep under it only when told;
    /// otherwise a 429 on requests pauses it for the <c>retry-after</c> Groq sends.
    /// </summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>
    /// Gets or sets the tier's tokens-per-minute limit, used until Groq's first answer reports it (<c>x-ratelimit-limit-tokens</c>),
    /// or <see langword="null"/> (the default): the first requests then go unheld until an answer tells the limit.
    /// </summary>
    public int? TokensPerMinute { get; set; }

    /// <summary>
    /// Gets or sets the completion tokens a chat request is assumed to use when it sets no <c>max_completion_tokens</c>
    /// (<see cref="Microsoft.Extensions.AI.ChatOptions.MaxOutputTokens"/>). Defaults to 1,024. A request's estimate is its
    /// JSON body's size in bytes divided by 4 (a rough upper bound of its prompt tokens), each image counted as 1,024 tokens
    /// instead of its URL, plus its completion tokens; it is held only while the request is in flight, then Groq's own count
    /// from the answer's headers replaces it.
    /// </summary>
    public int DefaultCompletionTokens { get; set; } = 1024;

    /// <summary>
    /// Gets or sets how many requests may wait for their turn; one more is refused at once with a <see cref="GroqException"/>.
    /// Defaults to <see cref="int.MaxValue"/> (no limit).
    /// </summary>
    public int QueueLimit { get; set; } = int.MaxValue;
}
