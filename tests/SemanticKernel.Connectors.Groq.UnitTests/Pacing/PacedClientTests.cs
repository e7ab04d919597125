using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Pacing;

public sealed class PacedClientTests
{
    private const string RateLimited =
        """{"error":{"message":"Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM): Limit 6000, Used 6000, Requested 20. Please try again in 5s.","type":"tokens","code":"rate_limit_exceeded"}}""";

    [Fact]
    public async Task A_429_seen_by_one_client_holds_the_next_request_of_another_client_sharing_the_limiter()
    {
        var time = new ManualTimeProvider();
        using var limiter = new GroqRateLimiter(timeProvider: time);
        var handler = CannedHandler.Json(RateLimited, HttpStatusCode.TooManyRequests)
            .WithHeader("retry-after", "5")
            .WithHeader("x-ratelimit-limit-tokens", "6000")
            .WithHeader("x-ratelimit-remaining-tokens", "6000")
            .WithHeader("x-ratelimit-reset-tokens", "0s")
            .Then(HttpStatusCode.OK, TestData.Completion());
        using var first = Client(handler, limiter);
        using var second = Client(handler, limiter);

        await FluentActions.Awaiting(() => first.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct))
            .Should().ThrowAsync<GroqException>();
        var held = second.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
        await time.WhenArmedAsync();
        time.Advance(TimeSpan.FromSeconds(4.9));

        held.IsCompleted.Should().BeFalse();
        handler.Requests.Should().HaveCount(1, "the second client's request waits for the pause the first one's 429 asked for");

        time.Advance(TimeSpan.FromSeconds(0.1));
        await held.WaitAsync(TimeSpan.FromSeconds(5), TestClients.Ct);
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Without_rate_limit_headers_a_chat_request_is_charged_its_usage_after_its_estimate_was_held()
    {
        var time = new ManualTimeProvider();
        using var limiter = new GroqRateLimiter(new GroqRateLimiterOptions { TokensPerMinute = 6_000 }, time);
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = Client(handler, limiter);

        var answer = await client.GetResponseAsync(TestClients.Hi, new ChatOptions { MaxOutputTokens = 100 }, TestClients.Ct);

        answer.Usage!.TotalTokenCount.Should().Be(27);
        limiter.GetStatistics()!.CurrentAvailablePermits.Should().Be(6_000 - 27, "the estimate (body / 4 + 100) was replaced by the usage");
        limiter.GetStatistics()!.TotalSuccessfulLeases.Should().Be(1);
    }

    private static GroqChatClient Client(CannedHandler handler, GroqRateLimiter limiter) => new(
        TestClients.Model,
        new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0, RateLimiter = limiter },
        new HttpClient(handler));
}
