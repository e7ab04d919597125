using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>Header numbers no <see cref="TimeSpan"/> can hold are dropped, so the default backoff applies.</summary>
public sealed class ResponseHeaderNumbersTests
{
    private static HttpResponseMessage With(string name, string value)
    {
        var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    [Theory]
    [InlineData("retry-after", "Infinity")]
    [InlineData("retry-after", "1e300")]
    [InlineData("retry-after", "NaN")]
    [InlineData("retry-after", "-5")]
    [InlineData("retry-after-ms", "1e300")]
    [InlineData("retry-after-ms", "Infinity")]
    public void A_retry_after_no_time_span_can_hold_gives_null(string name, string value)
    {
        using var response = With(name, value);

        GroqResponseHeaders.RetryAfter(response.Headers, DateTimeOffset.UtcNow).Should().BeNull();
    }

    [Fact]
    public void A_reset_no_time_span_can_hold_is_dropped_and_named_as_unrepresentable()
    {
        using var response = With("x-ratelimit-reset-tokens", "99999999999h");
        response.Headers.TryAddWithoutValidation("x-ratelimit-remaining-tokens", "99999999999999999999999");
        response.Headers.TryAddWithoutValidation("x-ratelimit-limit-tokens", "6000");

        var limits = GroqResponseHeaders.RateLimits(response.Headers);

        limits!.ResetTokens.Should().BeNull();
        limits.RemainingTokens.Should().BeNull();
        limits.LimitTokens.Should().Be(6000);
        GroqResponseHeaders.Unrepresentable(response.Headers).Should().Be("x-ratelimit-remaining-tokens, x-ratelimit-reset-tokens");
    }

    [Fact]
    public void Readable_rate_limit_headers_are_not_unrepresentable()
    {
        using var response = With("x-ratelimit-reset-tokens", "7.66s");

        GroqResponseHeaders.Unrepresentable(response.Headers).Should().BeNull();
    }
}
