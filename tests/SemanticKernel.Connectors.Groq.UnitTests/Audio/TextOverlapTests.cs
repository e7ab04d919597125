using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Finding the words two overlapping transcripts both hold at their seam.</summary>
public sealed class TextOverlapTests
{
    private static string Join(string previous, string next, int maxWords = 20) =>
        TextOverlap.Find(previous, next, maxWords) is { } cut
            ? previous[..cut.PreviousEnd] + "|" + next[cut.NextStart..]
            : "no overlap";

    [Fact]
    public void A_single_word_that_ends_one_text_and_begins_the_other_counts()
    {
        Join("we took the", "the train home").Should().Be("we took the| train home");
    }

    [Fact]
    public void A_short_run_away_from_both_ends_is_taken_for_a_coincidence()
    {
        Join("one of the best days we had", "of the morning sun rose").Should().Be("no overlap");
    }

    [Fact]
    public void The_longest_run_wins_and_ties_go_to_the_run_nearest_the_seam()
    {
        Join("a b c x a b c d e", "a b c d e f").Should().Be("a b c x a b c d e| f");
        Join("x y z q x y z", "x y z w").Should().Be("x y z q x y z| w");
    }

    [Fact]
    public void Words_beyond_the_limit_are_not_searched()
    {
        Join("red green blue one two three four", "red green blue five", maxWords: 4).Should().Be("no overlap");
    }

    [Theory]
    [InlineData(300, 10, 60, 108)]
    [InlineData(1500, 10, 600, 58)]
    [InlineData(7, 1, 3, 13)]
    [InlineData(100, 0, 60, 0)]
    public void Search_limit_is_twice_the_overlaps_share_of_words_plus_eight(int words, int overlapSeconds, int durationSeconds, int expected)
    {
        TextOverlap.MaxRunWords(words, TimeSpan.FromSeconds(overlapSeconds), TimeSpan.FromSeconds(durationSeconds)).Should().Be(expected);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("  one ", 1)]
    [InlineData("one, two -  three", 4)]
    public void Words_are_counted_between_white_space(string text, int count)
    {
        TextOverlap.CountWords(text).Should().Be(count);
    }
}
