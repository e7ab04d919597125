using System.Globalization;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// <see cref="GroqRateLimiter"/> over loopback sockets against an emulator that enforces Groq-style per-minute limits:
/// 2,000 short chat calls from 64 concurrent workers, after the key's budget for the minute has been spent, so that the run
/// gets the limit's steady rate. Throughput is compared with the server's own limit (tokens per second it lets through),
/// never with a wall-clock speed. The figures are printed and quoted in docs/reliability.md.
/// </summary>
[Collection(ProcessWideMeasurements.Name)]
public sealed class RateLimitPacingTests
{
    private const int Calls = 2_000;
    private const int Concurrency = 64;

    // About 2,000 tokens a second; a call costs some 15 tokens (prompt and completion), so the limit lets through some
    // 130 calls a second and a paced run of 2,000 calls lasts about 15 s.
    private const int TokensPerMinute = 120_000;

    [Fact(Timeout = 120_000)]
    public async Task Without_pacing_concurrent_calls_meet_429s_and_retries()
    {
        var token = TestContext.Current.CancellationToken;
        await using var emulator = await PacingRun.StartSpentAsync(TokensPerMinute, null, token);
        using var client = PacingRun.Client(emulator, limiter: null);
        await PacingRun.SpendAsync(client, token);

        var run = await PacingRun.RunAsync(emulator, [client], Calls, Concurrency, token);

        Report("without pacing", run);
        run.RateLimited.Should().BeGreaterThan(Calls / 10, "64 unpaced workers against a spent budget must be refused often, or this setup tests nothing");
        run.Retries.Should().BeGreaterThan(0);
    }

    [Fact(Timeout = 120_000)]
    public async Task With_pacing_fewer_than_one_percent_are_refused_and_throughput_reaches_ninety_percent_of_the_limit()
    {
        var token = TestContext.Current.CancellationToken;
        await using var emulator = await PacingRun.StartSpentAsync(TokensPerMinute, null, token);
        using var limiter = new GroqRateLimiter();
        using var client = PacingRun.Client(emulator, limiter);
        await PacingRun.SpendAsync(client, token);

        var run = await PacingRun.RunAsync(emulator, [client], Calls, Concurrency, token);

        Report("with pacing", run);
        run.Succeeded.Should().Be(Calls);
        run.RateLimited.Should().BeLessThan(Calls / 100, "fewer than 1% of the calls may meet a 429");
        run.TokensPerSecond.Should().BeGreaterThanOrEqualTo(0.9 * TokensPerMinute / 60, "the pacing must use at least 90% of the server's limit");
    }

    [Fact(Timeout = 120_000)]
    public async Task Two_clients_with_separate_limiters_on_one_key_stay_within_the_limit_together()
    {
        var token = TestContext.Current.CancellationToken;
        await using var emulator = await PacingRun.StartSpentAsync(TokensPerMinute, null, token);
        using (var spender = PacingRun.Client(emulator, limiter: null))
        {
            await PacingRun.SpendAsync(spender, token);
        }

        // As two processes would: each its own limiter, learning what the other spends only from the server's headers.
        using var firstLimiter = new GroqRateLimiter();
        using var secondLimiter = new GroqRateLimiter();
        using var first = PacingRun.Client(emulator, firstLimiter);
        using var second = PacingRun.Client(emulator, secondLimiter);

        var run = await PacingRun.RunAsync(emulator, [first, second], Calls, Concurrency, token);

        Report("two clients, separate limiters", run);
        run.Succeeded.Should().Be(Calls);
        // Each limiter learns the other's spending only from answers' headers, which a loaded machine delivers late: 0-6
        // refusals of 2,000 on a quiet machine, up to 40 seen under load, against about 33% without limiters.
        run.RateLimited.Should().BeLessThan(Calls / 20, "together the two clients must stay within the key's limit");
        run.TokensPerSecond.Should().BeGreaterThanOrEqualTo(0.8 * TokensPerMinute / 60, "two limiters sharing a budget must still use most of it");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_known_requests_per_minute_limit_keeps_calls_under_the_servers_request_limit_that_headers_do_not_report()
    {
        const int RequestsPerMinute = 60;
        const int Burst = RequestsPerMinute + 5;
        var token = TestContext.Current.CancellationToken;
        await using var unpaced = await PacingRun.StartSpentAsync(1_000_000, RequestsPerMinute, token, spentTokens: 0);
        await using var paced = await PacingRun.StartSpentAsync(1_000_000, RequestsPerMinute, token, spentTokens: 0);
        using var limiter = new GroqRateLimiter(new GroqRateLimiterOptions { RequestsPerMinute = RequestsPerMinute });
        using var unpacedClient = PacingRun.Client(unpaced, limiter: null, maxRetries: 0);
        using var pacedClient = PacingRun.Client(paced, limiter, maxRetries: 0);

        // Tokens are plenty: the first answer costs none, and one request of the minute's 60 on each server.
        await PacingRun.SpendAsync(unpacedClient, token);
        await PacingRun.SpendAsync(pacedClient, token);
        var withoutLimiter = await PacingRun.RunAsync(unpaced, [unpacedClient], Burst, 8, token);
        var withLimiter = await PacingRun.RunAsync(paced, [pacedClient], Burst, 8, token);

        TestContext.Current.TestOutputHelper?.WriteLine($"60 RPM, no limiter: {withoutLimiter}");
        TestContext.Current.TestOutputHelper?.WriteLine($"60 RPM, limiter told 60 RPM: {withLimiter}");
        withoutLimiter.RateLimited.Should().BeGreaterThan(0, "65 calls at once exceed 60 a minute, or this setup tests nothing");
        withLimiter.RateLimited.Should().Be(0);
        withLimiter.Succeeded.Should().Be(Burst);
    }

    private static void Report(string label, PacingRunResult run) => TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{label}: {run}; limit {TokensPerMinute / 60.0:0} tokens/s, reached {100 * run.TokensPerSecond / (TokensPerMinute / 60.0):0.0}%"));
}
