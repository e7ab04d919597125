namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>
/// Faults the emulator injects into <c>/chat/completions</c>: a random fraction of valid chat requests is answered with a
/// Groq-shaped error instead of a completion (set on <see cref="GroqEmulatorOptions.Faults"/>). A 429 carries
/// <c>rate_limit_exceeded</c> with <c>retry-after-ms</c> and <c>retry-after</c> headers; 5xx statuses carry a server error body;
/// every fault carries the usual <c>x-request-id</c> and <c>x-ratelimit-*</c> headers. A faulted request does not consume
/// a scripted <see cref="EmulatorResponse"/>; invalid requests and a wrong API key are answered as without faults.
/// </summary>
public sealed class EmulatorFaults
{
    /// <summary>The fraction of valid chat requests answered with a fault, from 0 (none) to 1 (all).</summary>
    public double Rate { get; init; }

    /// <summary>
    /// The error statuses to choose from, uniformly (repeat a status to weight it); each from 400 to 599. Default: 429 and 503.
    /// 429 is <c>rate_limit_exceeded</c>; 408, 409, 500, 502 and 503 get Groq's types and codes; any other status a generic error.
    /// </summary>
    public IReadOnlyList<int> Statuses { get; init; } = [429, 503];

    /// <summary>The shortest retry delay a 429 asks for. Default 5 ms.</summary>
    public TimeSpan MinRetryAfter { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// The longest retry delay a 429 asks for. Default 20 ms. Each 429 draws a delay uniformly between the two and sends it as
    /// <c>retry-after-ms</c> (whole milliseconds) and <c>retry-after</c> (whole seconds, rounded to nearest, so <c>0</c> for short delays).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// The seed of the random draws, or null for a random seed. With a seed the sequence of decisions is deterministic: the n-th
    /// valid chat request to arrive gets the same answer (fault or not, which status, which delay) on every run.
    /// </summary>
    public int? Seed { get; init; }
}
