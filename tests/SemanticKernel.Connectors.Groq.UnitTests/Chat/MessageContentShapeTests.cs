using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>When message content goes as a plain string and when as parts, for messages made of several contents.</summary>
public sealed class MessageContentShapeTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    [Fact]
    public async Task User_message_of_two_texts_is_sent_as_two_text_parts_in_order()
    {
        var message = new ChatMessage(ChatRole.User, [new TextContent("First."), new TextContent("Second.")]);

        var body = await TestClients.BodyOfAsync(null, message);

        var parts = body.Messages(0).GetProperty("content");
        parts.ValueKind.Should().Be(JsonValueKind.Array);
        parts.EnumerateArray().Select(p => (p.Str("type"), p.Str("text"))).Should().Equal(("text", "First."), ("text", "Second."));
    }

    [Fact]
    public async Task User_image_before_its_text_keeps_that_order_in_the_parts()
    {
        var message = new ChatMessage(ChatRole.User, [new DataContent(Png, "image/png"), new TextContent("What is this?")]);

        var body = await TestClients.BodyOfAsync(null, message);

        var parts = body.Messages(0).GetProperty("content");
        parts.GetArrayLength().Should().Be(2);
        parts[0].Str("type").Should().Be("image_url");
        parts[1].Str("type").Should().Be("text");
        parts[1].Str("text").Should().Be("What is this?");
    }

    [Fact]
    public async Task User_image_alone_is_sent_as_one_image_part()
    {
        var message = new ChatMessage(ChatRole.User, [new UriContent(new Uri("https://example.com/cat.png"), "image/png")]);

        var body = await TestClients.BodyOfAsync(null, message);

        var part = body.Messages(0).GetProperty("content").EnumerateArray().Should().ContainSingle().Subject;
        part.Str("type").Should().Be("image_url");
        part.GetProperty("image_url").Str("url").Should().Be("https://example.com/cat.png");
    }

    [Fact]
    public async Task User_empty_text_is_sent_as_an_empty_string()
    {
        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, [new TextContent(string.Empty)]));

        body.Messages(0).GetProperty("content").ValueKind.Should().Be(JsonValueKind.String);
        body.Messages(0).Str("content").Should().BeEmpty();
    }

    [Fact]
    public async Task Assistant_texts_are_joined_into_one_string_without_separator()
    {
        var assistant = new ChatMessage(ChatRole.Assistant, [new TextContent("Paris "), new TextContent("is "), new TextContent("sunny.")]);

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "Weather?"), assistant);

        body.Messages(1).GetProperty("content").ValueKind.Should().Be(JsonValueKind.String);
        body.Messages(1).Str("content").Should().Be("Paris is sunny.");
    }

    [Fact]
    public async Task Assistant_message_of_one_text_is_sent_as_that_text()
    {
        var assistant = new ChatMessage(ChatRole.Assistant, "It is sunny.");

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "Weather?"), assistant);

        body.Messages(1).Str("content").Should().Be("It is sunny.");
    }
}
