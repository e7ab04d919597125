using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core.Pacing;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Pacing;

public sealed class RateBudgetTests
{
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(10);

    // 6,000 tokens a minute refill 100 a second; the server says none are left and the bucket is full again in a minute.
    private static readonly GroqRateLimits Spent = new(14_400, 6_000, 14_000, 0, TimeSpan.FromSeconds(6), TimeSpan.FromMinutes(1));

    [Fact]
    public void A_spent_budget_makes_a_request_wait_for_the_refill_of_its_tokens()
    {
        var budget = Answered(Spent);

        budget.Wait(500, Start).Should().BeCloseTo(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1));
        budget.Wait(500, Start + TimeSpan.FromSeconds(5)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void The_refill_rate_comes_from_the_reset_time_the_server_reports()
    {
        // 3,000 missing, full again in 10 s: 300 tokens a second, whatever the window.
        var budget = Answered(new GroqRateLimits(null, 6_000, null, 3_000, null, TimeSpan.FromSeconds(10)));

        budget.AvailableTokens(Start + TimeSpan.FromSeconds(2)).Should().BeApproximately(3_600, 0.001);
        budget.AvailableTokens(Start + TimeSpan.FromSeconds(30)).Should().Be(6_000, "the bucket never holds more than the limit");
    }

    [Fact]
    public void Tokens_of_requests_in_flight_are_held_until_their_answer_replaces_them_with_the_servers_count()
    {
        var budget = Answered(Spent with { RemainingTokens = 1_000, ResetTokens = TimeSpan.FromSeconds(50) });
        budget.Reserve(800, Start);

        budget.AvailableTokens(Start).Should().Be(200);
        budget.Wait(500, Start).Should().BePositive();

        budget.Settle(800, Spent with { RemainingTokens = 950, ResetTokens = TimeSpan.FromSeconds(50.5) }, Start);

        budget.AvailableTokens(Start).Should().Be(950, "the request used 50 tokens, not the 800 estimated");
        budget.Wait(500, Start).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Without_headers_the_estimate_is_charged_locally_and_corrected_by_the_usage()
    {
        var budget = new RateBudget(requestsPerMinute: null, tokensPerMinute: 6_000, Start);
        budget.Reserve(1_000, Start);
        budget.Settle(1_000, answer: null, Start);

        budget.AvailableTokens(Start).Should().Be(5_000);

        budget.Correct(estimated: 1_000, used: 400, Start);

        budget.AvailableTokens(Start).Should().Be(5_600);
    }

    [Fact]
    public void A_pause_holds_every_request_for_its_whole_length()
    {
        var budget = Answered(Spent with { RemainingTokens = 6_000, ResetTokens = TimeSpan.Zero });

        budget.Pause(TimeSpan.FromSeconds(3), Start);

        budget.Wait(1, Start).Should().Be(TimeSpan.FromSeconds(3));
        budget.Wait(1, Start + TimeSpan.FromSeconds(2)).Should().Be(TimeSpan.FromSeconds(1));
        budget.Wait(1, Start + TimeSpan.FromSeconds(3)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void After_a_pause_one_request_goes_and_the_rest_wait_for_its_answer()
    {
        var budget = Answered(Spent with { RemainingTokens = 6_000, ResetTokens = TimeSpan.Zero });
        budget.Pause(TimeSpan.FromSeconds(1), Start);
        var after = Start + TimeSpan.FromSeconds(1);

        budget.Wait(10, after).Should().Be(TimeSpan.Zero);
        budget.Reserve(10, after);
        budget.Wait(10, after).Should().Be(RateBudget.Recheck, "the view may be stale until the first answer after the pause");

        budget.Settle(10, Spent with { RemainingTokens = 5_990, ResetTokens = TimeSpan.FromMilliseconds(100) }, after);

        budget.Wait(10, after).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_cold_budget_sends_one_request_until_an_answer_tells_the_limit()
    {
        var budget = new RateBudget(null, null, Start);

        budget.Wait(10_000, Start).Should().Be(TimeSpan.Zero);
        budget.Reserve(10_000, Start);
        budget.Wait(10_000, Start).Should().Be(RateBudget.Recheck);
    }

    [Fact]
    public void A_request_larger_than_the_whole_minute_waits_only_for_a_full_bucket()
    {
        var budget = Answered(Spent);

        budget.Wait(1_000_000, Start).Should().BeCloseTo(TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(1), "Groq answers 413 then; waiting longer cannot help");
    }

    [Fact]
    public void A_known_requests_per_minute_limit_holds_the_request_after_it()
    {
        var budget = new RateBudget(requestsPerMinute: 2, tokensPerMinute: null, Start);
        budget.Reserve(0, Start);
        budget.Settle(0, Spent with { RemainingTokens = 6_000, ResetTokens = TimeSpan.Zero }, Start);
        budget.Reserve(0, Start);
        budget.Settle(0, Spent with { RemainingTokens = 6_000, ResetTokens = TimeSpan.Zero }, Start);

        budget.Wait(0, Start).Should().BeCloseTo(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(1), "two a minute refill one every 30 s");
    }

    [Fact]
    public void Others_spending_on_the_key_is_learned_from_the_headers_and_slows_the_refill_counted_on()
    {
        var budget = SharedWithOthers(out var now);
        double serverRemaining = 3_000 + (20 * 50);

        budget.OthersTokensPerSecond.Should().BeApproximately(40, 0.5);
        budget.AvailableTokens(now + TimeSpan.FromSeconds(1)).Should().BeApproximately(serverRemaining + 60, 0.5, "100 a second less the others' 40");
    }

    [Fact]
    public void On_a_key_others_spend_an_old_view_is_refreshed_by_one_request_before_the_next()
    {
        var budget = SharedWithOthers(out var now);
        budget.Reserve(10, now);

        budget.Wait(10, now + TimeSpan.FromMilliseconds(100)).Should().Be(TimeSpan.Zero, "a recent view needs no refresh");
        budget.Wait(10, now + RateBudget.StaleAfter + TimeSpan.FromMilliseconds(1))
            .Should().Be(RateBudget.Recheck, "the others may have spent the refill since the last answer");
    }

    private static RateBudget SharedWithOthers(out TimeSpan now)
    {
        // The server refills 100 tokens a second; another process spends 40 of them, this one 10 a second.
        var budget = Answered(Spent with { RemainingTokens = 3_000, ResetTokens = TimeSpan.FromSeconds(30) });
        double serverRemaining = 3_000;
        now = Start;
        for (int i = 0; i < 20; i++)
        {
            now += TimeSpan.FromSeconds(1);
            serverRemaining += 100 - 40 - 10;
            budget.Reserve(10, now);
            budget.Settle(10, Spent with { RemainingTokens = (long)serverRemaining, ResetTokens = TimeSpan.FromSeconds((6_000 - serverRemaining) / 100) }, now);
        }

        return budget;
    }

    private static RateBudget Answered(GroqRateLimits answer)
    {
        var budget = new RateBudget(null, null, Start);
        budget.Reserve(0, Start);
        budget.Settle(0, answer, Start);
        return budget;
    }
}
