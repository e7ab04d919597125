namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Why <see cref="RateLimitTracker.Admit"/> refused a request, if it did.</summary>
internal enum RateLimitRefusal
{
    /// <summary>Admitted.</summary>
    None,

    /// <summary>No request left this minute (429, type <c>requests</c>).</summary>
    RequestsPerMinute,

    /// <summary>No request left today (429, type <c>requests</c>).</summary>
    RequestsPerDay,

    /// <summary>Not enough tokens left this minute (429, type <c>tokens</c>).</summary>
    TokensPerMinute,

    /// <summary>More tokens than a whole minute allows: waiting will not help (413, type <c>tokens</c>).</summary>
    TooLarge,
}
