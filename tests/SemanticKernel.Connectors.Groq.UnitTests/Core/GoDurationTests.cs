using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("2m59.56s", 179_560)]
    [InlineData("7.66s", 7_660)]
    [InlineData("350ms", 350)]
    [InlineData("1h2m3s", 3_723_000)]
    [InlineData("24h0m0s", 86_400_000)]
    [InlineData("0s", 0)]
    [InlineData("1m", 60_000)]
    [InlineData(" 12s ", 12_000)]
    public void Go_duration_is_parsed_to_the_exact_time_span(string text, long milliseconds)
    {
        GoDuration.Parse(text).Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData("1500us", 1_500 * 10L)]
    [InlineData("1500µs", 1_500 * 10L)]
    [InlineData("2000ns", 20L)]
    public void Sub_millisecond_units_are_parsed(string text, long ticks)
    {
        GoDuration.Parse(text).Should().Be(TimeSpan.FromTicks(ticks));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12")]
    [InlineData("5d")]
    [InlineData("s")]
    public void Text_that_is_not_a_go_duration_gives_null(string text)
    {
        GoDuration.Parse(text).Should().BeNull();
    }

    [Theory]
    [InlineData("99999999999h")]
    [InlineData("1e300s")]
    [InlineData("999999999999999999999999999999999s")]
    public void A_duration_no_time_span_can_hold_gives_null(string text)
    {
        GoDuration.Parse(text).Should().BeNull();
    }
}
