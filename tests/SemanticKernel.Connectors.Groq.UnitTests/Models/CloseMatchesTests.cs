using FluentAssertions;
using SemanticKernel.Connectors.Groq.Models;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Models;

public sealed class CloseMatchesTests
{
    private static readonly string[] Listed =
    [
        "llama-3.3-70b-versatile", "llama-3.1-8b-instant", "openai/gpt-oss-120b", "openai/gpt-oss-20b", "qwen/qwen3-32b", "whisper-large-v3",
    ];

    [Theory]
    [InlineData("llama-3.3-70b-versatle", "llama-3.3-70b-versatile")]
    [InlineData("LLAMA-3.1-8B-INSTANT", "llama-3.1-8b-instant")]
    [InlineData("gpt-oss-120b", "openai/gpt-oss-120b")]
    [InlineData("qwen3-32b", "qwen/qwen3-32b")]
    [InlineData("whisper-large-v3-turbo", "whisper-large-v3")]
    public void The_closest_listed_id_comes_first(string unknown, string closest) =>
        CloseMatches.Find(unknown, Listed)[0].Should().Be(closest);

    [Fact]
    public void A_typo_of_one_id_does_not_bring_unrelated_ids()
    {
        CloseMatches.Find("openai/gpt-oss-12b", Listed).Should().Equal("openai/gpt-oss-120b", "openai/gpt-oss-20b");
    }

    [Fact]
    public void An_id_close_to_nothing_has_no_matches() =>
        CloseMatches.Find("mixtral-8x7b-32768", Listed).Should().BeEmpty();

    [Fact]
    public void At_most_three_matches_are_given() =>
        CloseMatches.Find("model", ["model-a", "model-b", "model-c", "model-d"]).Should().HaveCount(CloseMatches.MaxMatches);

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_counts_single_character_edits(string a, string b, int expected)
    {
        CloseMatches.Distance(a, b).Should().Be(expected);
        CloseMatches.Distance(b, a).Should().Be(expected);
    }
}
