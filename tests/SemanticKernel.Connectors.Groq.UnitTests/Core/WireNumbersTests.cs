using FluentAssertions;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

public sealed class WireNumbersTests
{
    [Theory]
    [InlineData(1e300)]
    [InlineData(-1e300)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    [InlineData(1e15)]
    public void Seconds_no_time_span_can_hold_are_dropped(double seconds)
    {
        WireNumbers.Seconds(seconds).Should().BeNull();
    }

    [Fact]
    public void Seconds_in_range_are_kept_exactly()
    {
        WireNumbers.Seconds(0.25).Should().Be(TimeSpan.FromMilliseconds(250));
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(253_402_300_800L)]
    public void Unix_seconds_past_year_9999_or_before_year_1_are_dropped(long seconds)
    {
        WireNumbers.UnixSeconds(seconds).Should().BeNull();
    }

    [Fact]
    public void Unix_seconds_in_range_are_a_date()
    {
        WireNumbers.UnixSeconds(1_700_000_000).Should().Be(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(double.PositiveInfinity)]
    public void Timestamps_beyond_range_are_clamped_to_half_the_largest_time_span_so_merging_cannot_overflow(double seconds)
    {
        TimeSpan clamped = WireNumbers.ClampedTimestamp(seconds);

        clamped.Should().Be(TimeSpan.FromTicks(TimeSpan.MaxValue.Ticks / 2));
        FluentActions.Invoking(() => clamped + TimeSpan.FromHours(10)).Should().NotThrow();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1e300)]
    [InlineData(-3.0)]
    public void Timestamps_that_are_negative_or_not_a_number_are_zero(double seconds)
    {
        WireNumbers.ClampedTimestamp(seconds).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Unrepresentable_names_each_chat_field_out_of_range_and_mapping_drops_them()
    {
        var completion = new WireChatCompletion
        {
            Created = long.MaxValue,
            Choices = [new WireChoice { Message = new WireResponseMessage { Content = "hi" } }],
            Usage = new WireUsage { TotalTime = 1e300, QueueTime = 0.5, PromptTokens = 3 },
        };

        ChatResponseMapper.Unrepresentable(completion.Created, completion.Usage).Should().Be("created, usage.total_time");
        var response = ChatResponseMapper.ToChatResponse(completion, null);
        response.CreatedAt.Should().BeNull();
        response.AdditionalProperties.Should().NotContainKey(GroqMetadataKeys.TotalTime)
            .And.Contain(GroqMetadataKeys.QueueTime, TimeSpan.FromSeconds(0.5));
        response.Usage!.InputTokenCount.Should().Be(3);
    }

    [Fact]
    public void Unrepresentable_is_null_for_a_completion_whose_numbers_fit()
    {
        ChatResponseMapper.Unrepresentable(1_700_000_000, new WireUsage { TotalTime = 1.5 })
            .Should().BeNull();
    }
}
