using System.Threading.RateLimiting;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core.Pacing;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Pacing;

public sealed class GroqRateLimiterTests
{
    private static readonly TimeSpan Done = TimeSpan.FromSeconds(5);

    // 6,000 tokens a minute, none left: 100 tokens come back each second.
    private static readonly GroqRateLimits Spent = new(14_400, 6_000, 14_000, 0, TimeSpan.FromSeconds(6), TimeSpan.FromMinutes(1));

    [Fact]
    public async Task A_request_the_budget_cannot_cover_waits_for_the_refill_then_goes()
    {
        var time = new ManualTimeProvider();
        using var limiter = await AnsweredAsync(time, Spent);

        var waiting = limiter.AcquireAsync(500, TestContext.Current.CancellationToken).AsTask();
        await time.WhenArmedAsync();
        time.Advance(TimeSpan.FromSeconds(4.9));

        waiting.IsCompleted.Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(0.1));
        using var lease = await waiting.WaitAsync(Done, TestContext.Current.CancellationToken);
        lease.IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task Waiters_are_served_in_arrival_order_even_when_a_later_one_is_smaller()
    {
        var time = new ManualTimeProvider();
        using var limiter = await AnsweredAsync(time, Spent);
        var token = TestContext.Current.CancellationToken;

        var large = limiter.AcquireAsync(300, token).AsTask();
        await time.WhenArmedAsync();
        var small = limiter.AcquireAsync(10, token).AsTask();
        time.Advance(TimeSpan.FromSeconds(1));

        small.IsCompleted.Should().BeFalse("it arrived after the large request, which still waits");
        large.IsCompleted.Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(2));
        (await large.WaitAsync(Done, token)).Dispose();
        await time.WhenArmedAsync();
        time.Advance(TimeSpan.FromSeconds(0.1));
        (await small.WaitAsync(Done, token)).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_a_waiter_removes_it_and_the_next_one_takes_its_turn()
    {
        var time = new ManualTimeProvider();
        using var limiter = await AnsweredAsync(time, Spent);
        var token = TestContext.Current.CancellationToken;
        using var cancelHead = new CancellationTokenSource();
        using var cancelQueued = new CancellationTokenSource();

        var head = limiter.AcquireAsync(5_000, cancelHead.Token).AsTask();
        await time.WhenArmedAsync();
        var queued = limiter.AcquireAsync(100, cancelQueued.Token).AsTask();
        var last = limiter.AcquireAsync(100, token).AsTask();
        limiter.GetStatistics()!.CurrentQueuedCount.Should().Be(3);

        await cancelQueued.CancelAsync();
        await FluentActions.Awaiting(() => queued).Should().ThrowAsync<OperationCanceledException>();
        await cancelHead.CancelAsync();
        await FluentActions.Awaiting(() => head).Should().ThrowAsync<OperationCanceledException>();

        await time.WhenArmedAsync();
        time.Advance(TimeSpan.FromSeconds(1));
        (await last.WaitAsync(Done, token)).IsAcquired.Should().BeTrue("the 5,000-token head left, so 100 tokens after 1 s suffice");
        limiter.GetStatistics()!.CurrentQueuedCount.Should().Be(0);
    }

    [Fact]
    public async Task A_429_pause_holds_requests_the_budget_could_cover()
    {
        var time = new ManualTimeProvider();
        using var limiter = await AnsweredAsync(time, Spent with { RemainingTokens = 6_000, ResetTokens = TimeSpan.Zero });
        limiter.Pause(TimeSpan.FromSeconds(3));

        var waiting = limiter.AcquireAsync(10, TestContext.Current.CancellationToken).AsTask();
        await time.WhenArmedAsync();
        time.Advance(TimeSpan.FromSeconds(2.9));
        waiting.IsCompleted.Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(0.1));
        (await waiting.WaitAsync(Done, TestContext.Current.CancellationToken)).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task An_answer_that_frees_held_tokens_wakes_the_waiting_request_at_once()
    {
        var time = new ManualTimeProvider();
        using var limiter = await AnsweredAsync(time, Spent with { RemainingTokens = 1_000, ResetTokens = TimeSpan.FromSeconds(50) });
        var token = TestContext.Current.CancellationToken;
        var first = (GroqRateLease)await limiter.AcquireAsync(800, token);

        var second = limiter.AcquireAsync(800, token).AsTask();
        await time.WhenArmedAsync();
        second.IsCompleted.Should().BeFalse("800 tokens are held by the first request");

        first.Settle(Spent with { RemainingTokens = 950, ResetTokens = TimeSpan.FromSeconds(50.5) });

        (await second.WaitAsync(Done, token)).IsAcquired.Should().BeTrue("the first request used 50 tokens; no time had to pass");
    }

    [Fact]
    public async Task AttemptAcquire_refuses_a_request_the_budget_cannot_cover_and_says_how_long_to_wait()
    {
        var time = new ManualTimeProvider();
        using var limiter = await AnsweredAsync(time, Spent);

        using var lease = limiter.AttemptAcquire(200);

        lease.IsAcquired.Should().BeFalse();
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).Should().BeTrue();
        retryAfter.Should().BeCloseTo(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_disposed_lease_without_an_answer_charges_its_estimate()
    {
        var time = new ManualTimeProvider();
        using var limiter = new GroqRateLimiter(new GroqRateLimiterOptions { TokensPerMinute = 6_000 }, time);

        (await limiter.AcquireAsync(1_000, TestContext.Current.CancellationToken)).Dispose();

        limiter.GetStatistics()!.CurrentAvailablePermits.Should().Be(5_000);
        limiter.GetStatistics()!.TotalSuccessfulLeases.Should().Be(1);
    }

    [Fact]
    public void The_chat_estimate_is_the_body_bytes_over_four_plus_the_completion_tokens()
    {
        using var limiter = new GroqRateLimiter(new GroqRateLimiterOptions { DefaultCompletionTokens = 300 });
        var request = Request(WireContent.FromText("hi"));

        limiter.EstimateChatTokens(request, bodyBytes: 400).Should().Be(100 + 300);
        request.MaxCompletionTokens = 50;
        limiter.EstimateChatTokens(request, bodyBytes: 401).Should().Be(101 + 50);
    }

    [Fact]
    public void An_image_counts_as_a_fixed_allowance_not_as_the_length_of_its_base64_text()
    {
        using var limiter = new GroqRateLimiter();
        string dataUrl = "data:image/png;base64," + new string('A', 400_000);
        var request = Request(WireContent.FromParts([new WireContentPart { Type = "image_url", ImageUrl = new WireImageUrl { Url = dataUrl } }]));
        request.MaxCompletionTokens = 10;

        limiter.EstimateChatTokens(request, bodyBytes: dataUrl.Length + 200).Should().Be(50 + ChatTokenEstimate.ImageTokens + 10);
    }

    [Fact]
    public void Options_out_of_range_are_refused_when_the_limiter_is_created()
    {
        FluentActions.Invoking(() => new GroqRateLimiter(new GroqRateLimiterOptions { TokensPerMinute = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.TokensPerMinute");
        FluentActions.Invoking(() => new GroqRateLimiter(new GroqRateLimiterOptions { DefaultCompletionTokens = -1 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options.DefaultCompletionTokens");
    }

    private static WireChatRequest Request(WireContent content) => new()
    {
        Model = "llama-3.3-70b-versatile",
        Messages = [new WireMessage { Role = "user", Content = content }],
    };

    /// <summary>A limiter whose first request was answered with <paramref name="answer"/>.</summary>
    private static async Task<GroqRateLimiter> AnsweredAsync(ManualTimeProvider time, GroqRateLimits answer)
    {
        var limiter = new GroqRateLimiter(timeProvider: time);
        var lease = (GroqRateLease)await limiter.AcquireAsync(0);
        lease.Settle(answer);
        lease.Dispose();
        return limiter;
    }
}
