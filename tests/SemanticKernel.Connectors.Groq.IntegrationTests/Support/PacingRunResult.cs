using System.Globalization;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>How a run of chat calls against a rate-limited emulator went, as the client and the server saw it.</summary>
/// <param name="Calls">Calls made.</param>
/// <param name="Succeeded">Calls that returned an answer.</param>
/// <param name="Refused">Calls that ended in a 429 after their retries.</param>
/// <param name="Attempts">Chat requests the server received for the run.</param>
/// <param name="RateLimited">Requests the server refused with 429.</param>
/// <param name="Tokens">Tokens of the successful calls (their <c>usage</c>: what the server charged).</param>
/// <param name="Elapsed">From the first call's start to the last call's end.</param>
internal sealed record PacingRunResult(int Calls, int Succeeded, int Refused, long Attempts, long RateLimited, long Tokens, TimeSpan Elapsed)
{
    public long Retries => Attempts - Calls;

    public double TokensPerSecond => Tokens / Elapsed.TotalSeconds;

    public double CallsPerSecond => Succeeded / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Calls} calls: {Succeeded} answered, {Refused} failed with 429; server: {Attempts} requests, {RateLimited} refused with 429 " +
        $"({100.0 * RateLimited / Attempts:0.00}% of requests), {Retries} retries; {Tokens} tokens in {Elapsed.TotalSeconds:0.0} s = " +
        $"{TokensPerSecond:0} tokens/s, {CallsPerSecond:0.0} calls/s");
}
