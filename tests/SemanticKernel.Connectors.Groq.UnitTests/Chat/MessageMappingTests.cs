using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>MEAI messages as they reach <c>messages</c> in the request body.</summary>
public sealed class MessageMappingTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    private static readonly string[] AllowedMessageKeys = ["role", "content", "tool_calls", "tool_call_id", "reasoning"];

    [Fact]
    public async Task System_message_content_is_a_plain_string()
    {
        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.System, "You are terse."), new ChatMessage(ChatRole.User, "Hi"));

        var system = body.Messages(0);
        system.Str("role").Should().Be("system");
        system.GetProperty("content").ValueKind.Should().Be(JsonValueKind.String);
        system.Str("content").Should().Be("You are terse.");
    }

    [Fact]
    public async Task System_message_with_several_text_parts_is_still_a_plain_string()
    {
        var system = new ChatMessage(ChatRole.System, [new TextContent("Be terse. "), new TextContent("Answer in French.")]);

        var body = await TestClients.BodyOfAsync(null, system, new ChatMessage(ChatRole.User, "Hi"));

        body.Messages(0).GetProperty("content").ValueKind.Should().Be(JsonValueKind.String);
        body.Messages(0).Str("content").Should().Be("Be terse. Answer in French.");
    }

    [Fact]
    public async Task User_single_text_is_a_plain_string()
    {
        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "What is Groq?"));

        var user = body.Messages(0);
        user.Str("role").Should().Be("user");
        user.GetProperty("content").ValueKind.Should().Be(JsonValueKind.String);
        user.Str("content").Should().Be("What is Groq?");
    }

    [Fact]
    public async Task User_text_and_png_bytes_become_text_and_data_url_image_parts()
    {
        var message = new ChatMessage(ChatRole.User, [new TextContent("What is in this image?"), new DataContent(Png, "image/png")]);

        var body = await TestClients.BodyOfAsync(null, message);

        var parts = body.Messages(0).GetProperty("content");
        parts.ValueKind.Should().Be(JsonValueKind.Array);
        parts.GetArrayLength().Should().Be(2);
        parts[0].Str("type").Should().Be("text");
        parts[0].Str("text").Should().Be("What is in this image?");
        parts[1].Str("type").Should().Be("image_url");
        parts[1].GetProperty("image_url").Str("url").Should().Be("data:image/png;base64," + Convert.ToBase64String(Png));
        parts[1].GetProperty("image_url").Has("detail").Should().BeFalse();
    }

    [Fact]
    public async Task User_uri_image_becomes_an_image_url_part_with_that_url()
    {
        var message = new ChatMessage(ChatRole.User, [new TextContent("Describe it"), new UriContent("https://example.com/cat.png", "image/png")]);

        var body = await TestClients.BodyOfAsync(null, message);

        var image = body.Messages(0).GetProperty("content")[1];
        image.Str("type").Should().Be("image_url");
        image.GetProperty("image_url").Str("url").Should().Be("https://example.com/cat.png");
    }

    [Fact]
    public async Task User_uri_image_url_is_sent_exactly_as_given_with_its_escapes()
    {
        const string url = "https://example.com/photos/my%20cat.png?sig=a%2Bb%3D";
        var message = new ChatMessage(ChatRole.User, [new TextContent("Describe it"), new UriContent(url, "image/png")]);

        var body = await TestClients.BodyOfAsync(null, message);

        body.Messages(0).GetProperty("content")[1].GetProperty("image_url").Str("url").Should().Be(url);
    }

    [Fact]
    public async Task Image_detail_comes_from_the_content_additional_properties()
    {
        var data = new DataContent(Png, "image/png") { AdditionalProperties = new() { ["detail"] = "low" } };
        var uri = new UriContent("https://example.com/cat.png", "image/png") { AdditionalProperties = new() { ["detail"] = "high" } };

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, [new TextContent("Compare"), data, uri]));

        var parts = body.Messages(0).GetProperty("content");
        parts[1].GetProperty("image_url").Str("detail").Should().Be("low");
        parts[2].GetProperty("image_url").Str("detail").Should().Be("high");
    }

    [Theory]
    [InlineData("audio/wav")]
    [InlineData("application/pdf")]
    public async Task Non_image_data_throws_NotSupportedException_naming_the_media_type(string mediaType)
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler);
        var message = new ChatMessage(ChatRole.User, [new TextContent("Listen"), new DataContent(new byte[] { 1, 2, 3 }, mediaType)]);

        Func<Task> act = () => client.GetResponseAsync([message], cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain(mediaType);
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Assistant_text_and_function_call_become_content_and_tool_calls_with_a_json_string()
    {
        var assistant = new ChatMessage(ChatRole.Assistant,
        [
            new TextContent("Let me check."),
            new FunctionCallContent("ax9fskhev", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris", ["days"] = 3 }),
        ]);

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "Weather?"), assistant);

        var wire = body.Messages(1);
        wire.Str("role").Should().Be("assistant");
        wire.Str("content").Should().Be("Let me check.");
        var call = wire.GetProperty("tool_calls").EnumerateArray().Should().ContainSingle().Subject;
        call.Str("id").Should().Be("ax9fskhev");
        call.Str("type").Should().Be("function");
        call.GetProperty("function").Str("name").Should().Be("get_weather");
        var arguments = call.GetProperty("function").GetProperty("arguments");
        arguments.ValueKind.Should().Be(JsonValueKind.String);
        using var parsed = JsonDocument.Parse(arguments.GetString()!);
        parsed.RootElement.Str("city").Should().Be("Paris");
        parsed.RootElement.GetProperty("days").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Assistant_function_call_without_arguments_sends_an_empty_json_object()
    {
        var assistant = new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("ax9fskhev", "weather")]);

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "Weather?"), assistant);

        var call = body.Messages(1).GetProperty("tool_calls")[0];
        call.GetProperty("function").Str("arguments").Should().Be("{}");
    }

    [Fact]
    public async Task Assistant_reasoning_is_sent_as_reasoning()
    {
        var assistant = new ChatMessage(ChatRole.Assistant, [new TextReasoningContent("Count the r letters."), new TextContent("3")]);

        var body = await TestClients.BodyOfAsync(null, new ChatMessage(ChatRole.User, "How many r?"), assistant, new ChatMessage(ChatRole.User, "Sure?"));

        var wire = body.Messages(1);
        wire.Str("reasoning").Should().Be("Count the r letters.");
        wire.Str("content").Should().Be("3");
        wire.Has("reasoning_content").Should().BeFalse();
    }

    [Fact]
    public async Task Function_result_in_a_tool_message_becomes_a_tool_message()
    {
        var messages = new[]
        {
            new ChatMessage(ChatRole.User, "Weather?"),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("ax9fskhev", "weather")]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("ax9fskhev", "Sunny, 21 C")]),
        };

        var body = await TestClients.BodyOfAsync(null, messages);

        var tool = body.Messages(2);
        tool.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("role", "tool_call_id", "content");
        tool.Str("role").Should().Be("tool");
        tool.Str("tool_call_id").Should().Be("ax9fskhev");
        tool.Str("content").Should().Be("Sunny, 21 C");
    }

    [Fact]
    public async Task Non_string_function_result_is_sent_as_json_text()
    {
        var messages = new[]
        {
            new ChatMessage(ChatRole.User, "Weather?"),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "weather")]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", new Dictionary<string, object?> { ["temp"] = 21 })]),
        };

        var body = await TestClients.BodyOfAsync(null, messages);

        using var content = JsonDocument.Parse(body.Messages(2).Str("content")!);
        content.RootElement.GetProperty("temp").GetInt32().Should().Be(21);
    }

    [Fact]
    public async Task Author_name_is_never_sent_as_name_in_any_message()
    {
        var messages = new[]
        {
            new ChatMessage(ChatRole.System, "Be brief.") { AuthorName = "setup" },
            new ChatMessage(ChatRole.User, "Hi") { AuthorName = "alice" },
            new ChatMessage(ChatRole.Assistant, [new TextContent("Hello"), new FunctionCallContent("c1", "weather")]) { AuthorName = "bot" },
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", "Sunny")]) { AuthorName = "weather" },
            new ChatMessage(ChatRole.User, [new TextContent("Look"), new DataContent(Png, "image/png")]) { AuthorName = "alice" },
        };

        var body = await TestClients.BodyOfAsync(null, messages);

        body.MessageCount().Should().Be(5);
        foreach (var message in body.GetProperty("messages").EnumerateArray())
        {
            message.EnumerateObject().Select(p => p.Name).Should().NotContain("name").And.BeSubsetOf(AllowedMessageKeys);
        }
    }

    [Fact]
    public async Task Developer_role_is_sent_as_system()
    {
        var body = await TestClients.BodyOfAsync(null, new ChatMessage(new ChatRole("developer"), "Be exact."), new ChatMessage(ChatRole.User, "Hi"));

        body.Messages(0).Str("role").Should().Be("system");
        body.Messages(0).Str("content").Should().Be("Be exact.");
    }

    [Fact]
    public async Task Parallel_calls_recorded_one_message_per_call_are_sent_as_one_assistant_message()
    {
        var body = await TestClients.BodyOfAsync(
            null,
            new ChatMessage(ChatRole.User, "Weather in Paris and Rome?"),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_2", "get_weather", new Dictionary<string, object?> { ["city"] = "Rome" })]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "Sunny")]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_2", "Rain")]));

        body.GetProperty("messages").EnumerateArray().Select(m => m.Str("role")).Should().Equal("user", "assistant", "tool", "tool");
        body.Messages(1).GetProperty("tool_calls").EnumerateArray().Select(c => c.Str("id")).Should().Equal("call_1", "call_2");
    }

    [Fact]
    public async Task A_call_only_message_joins_the_preceding_assistant_message_that_has_text_and_calls()
    {
        var body = await TestClients.BodyOfAsync(
            null,
            new ChatMessage(ChatRole.User, "Hi"),
            new ChatMessage(ChatRole.Assistant, [new TextContent("Let me check."), new FunctionCallContent("call_1", "get_weather")]),
            new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_2", "get_weather")]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "Sunny"), new FunctionResultContent("call_2", "Rain")]));

        body.GetProperty("messages").EnumerateArray().Select(m => m.Str("role")).Should().Equal("user", "assistant", "tool", "tool");
        body.Messages(1).Str("content").Should().Be("Let me check.");
        body.Messages(1).GetProperty("tool_calls").GetArrayLength().Should().Be(2);
    }
}
