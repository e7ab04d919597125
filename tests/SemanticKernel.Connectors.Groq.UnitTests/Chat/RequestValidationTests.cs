using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>Requests Groq would reject fail before they are sent, naming the setting; ignored settings are logged.</summary>
public sealed class RequestValidationTests
{
    private sealed record WeatherReport(string City, int TemperatureCelsius);

    [Theory]
    [InlineData("get weather")]
    [InlineData("météo")]
    [InlineData("a_name_that_is_far_too_long_for_groq_because_it_has_more_than_64_chars")]
    public async Task Tool_name_groq_rejects_throws_naming_Tools(string name)
    {
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create(() => "x", name)] };

        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(options);

        thrown.ParamName.Should().Contain("Tools");
        thrown.Message.Should().Contain(name);
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task More_than_128_tools_throws_naming_Tools()
    {
        var tools = Enumerable.Range(0, 129).Select(i => (AITool)AIFunctionFactory.Create(() => "x", $"tool_{i}")).ToList();

        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(new ChatOptions { Tools = tools });

        thrown.ParamName.Should().Contain("Tools");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Exactly_128_tools_are_sent()
    {
        var tools = Enumerable.Range(0, 128).Select(i => (AITool)AIFunctionFactory.Create(() => "x", $"tool_{i}")).ToList();

        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = tools });

        body.GetProperty("tools").GetArrayLength().Should().Be(128);
    }

    [Fact]
    public async Task Json_schema_name_longer_than_64_characters_throws()
    {
        using var schema = JsonDocument.Parse("""{"type":"object"}""");
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, new string('n', 65)) };

        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(options);

        thrown.ParamName.Should().Contain("ResponseFormat");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ResponseFormat_for_a_type_sends_a_json_schema_generated_from_the_type()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema<WeatherReport>() });

        var format = body.GetProperty("response_format");
        format.Str("type").Should().Be("json_schema");
        var jsonSchema = format.GetProperty("json_schema");
        jsonSchema.Str("name").Should().MatchRegex("^[a-zA-Z0-9_-]{1,64}$").And.Contain("WeatherReport");
        var properties = jsonSchema.GetProperty("schema").GetProperty("properties");
        properties.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("city", "temperatureCelsius");
    }

    [Fact]
    public async Task Message_list_without_any_message_throws()
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler);

        Func<Task> act = () => client.GetResponseAsync(Array.Empty<ChatMessage>(), cancellationToken: TestClients.Ct);

        await act.Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Unsupported_role_throws_naming_the_role()
    {
        var (thrown, _) = await TestClients.ThrowsBeforeSendingAsync<NotSupportedException>(null, new ChatMessage(new ChatRole("critic"), "Too long."));

        thrown.Message.Should().Contain("critic");
    }

    [Fact]
    public async Task TopK_throws_because_groq_has_no_top_k()
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<NotSupportedException>(new ChatOptions { TopK = 40 });

        thrown.Message.Should().Contain("TopK");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("logprobs")]
    [InlineData("top_logprobs")]
    [InlineData("logit_bias")]
    public async Task Ignored_openai_setting_is_logged_as_a_warning_naming_it(string key)
    {
        var logger = new CapturingLogger();
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler, loggerFactory: logger);

        await client.GetResponseAsync(TestClients.Hi, new ChatOptions { AdditionalProperties = new() { [key] = 1 } }, TestClients.Ct);

        handler.Requests.Single().BodyJson.Has(key).Should().BeFalse();
        logger.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains(key, StringComparison.Ordinal));
    }
}
