using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Models;

public sealed class PromptTokenFloorTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Hello, world.", 2)]
    [InlineData("  two\twords\r\n", 2)]
    [InlineData("{\"city\":\"Paris\",\"days\":3}", 1)]
    [InlineData("日本語のテキスト", 1)]
    [InlineData("no\u00A0break", 1)]
    public void Words_are_runs_between_ASCII_whitespace(string text, long expected) =>
        PromptTokenFloor.Words(text).Should().Be(expected);

    [Fact]
    public void Text_parts_and_tool_calls_count_and_images_do_not()
    {
        List<WireMessage> messages =
        [
            new() { Role = "system", Content = WireContent.FromText("be brief") },
            new()
            {
                Role = "user",
                Content = WireContent.FromParts(
                [
                    new() { Type = "text", Text = "what is this" },
                    new() { Type = "image_url", ImageUrl = new WireImageUrl { Url = "data:image/png;base64," + new string('A', 100) } },
                ]),
            },
            new() { Role = "assistant", ToolCalls = [new() { Id = "a", Type = "function", Function = new() { Name = "look", Arguments = "{\"at\": \"it\"}" } }] },
            new() { Role = "tool", ToolCallId = "a", Content = WireContent.FromText("a cat") },
        ];

        PromptTokenFloor.Exceeds(messages, 8, out long floor).Should().BeTrue();

        floor.Should().Be(2 + 3 + 1 + 2 + 2);
        PromptTokenFloor.Exceeds(messages, 10, out _).Should().BeFalse();
    }

    [Fact]
    public void Words_are_not_counted_when_there_are_no_more_characters_than_the_limit()
    {
        List<WireMessage> messages = [new() { Role = "user", Content = WireContent.FromText("a b c d") }];

        PromptTokenFloor.Exceeds(messages, 7, out long floor).Should().BeFalse();

        floor.Should().Be(0);
    }
}
