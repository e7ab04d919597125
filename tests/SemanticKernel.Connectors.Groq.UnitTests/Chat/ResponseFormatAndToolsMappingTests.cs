using System.ComponentModel;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary><c>response_format</c>, <c>tools</c>, <c>tool_choice</c> and <c>parallel_tool_calls</c>.</summary>
public sealed class ResponseFormatAndToolsMappingTests
{
    private static readonly AIFunction Weather = AIFunctionFactory.Create(
        ([Description("The city name")] string city, int days) => $"Sunny in {city} for {days} days",
        "get_weather",
        "Gets the weather forecast for a city");

    private static readonly AIFunction Time = AIFunctionFactory.Create(() => "12:00", "get_time", "Gets the time");

    [Fact]
    public async Task Text_response_format_is_sent_as_type_text()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { ResponseFormat = ChatResponseFormat.Text });

        var format = body.GetProperty("response_format");
        format.EnumerateObject().Select(p => p.Name).Should().Equal("type");
        format.Str("type").Should().Be("text");
    }

    [Fact]
    public async Task Json_response_format_is_sent_as_json_object()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { ResponseFormat = ChatResponseFormat.Json });

        var format = body.GetProperty("response_format");
        format.EnumerateObject().Select(p => p.Name).Should().Equal("type");
        format.Str("type").Should().Be("json_object");
    }

    [Fact]
    public async Task Json_schema_response_format_carries_name_description_and_schema()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"answer":{"type":"integer"}},"required":["answer"]}""");
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "count_result", "The counted letters"),
        };

        var body = await TestClients.BodyOfAsync(options);

        var format = body.GetProperty("response_format");
        format.Str("type").Should().Be("json_schema");
        var jsonSchema = format.GetProperty("json_schema");
        jsonSchema.Str("name").Should().Be("count_result");
        jsonSchema.Str("description").Should().Be("The counted letters");
        JsonElement.DeepEquals(jsonSchema.GetProperty("schema"), schema.RootElement).Should().BeTrue();
    }

    [Fact]
    public async Task Function_tool_is_sent_with_name_description_and_parameters()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather] });

        var tool = body.GetProperty("tools").EnumerateArray().Should().ContainSingle().Subject;
        tool.Str("type").Should().Be("function");
        var function = tool.GetProperty("function");
        function.Str("name").Should().Be("get_weather");
        function.Str("description").Should().Be("Gets the weather forecast for a city");
        JsonElement.DeepEquals(function.GetProperty("parameters"), Weather.JsonSchema).Should().BeTrue();
        var parameters = function.GetProperty("parameters");
        parameters.Str("type").Should().Be("object");
        parameters.GetProperty("properties").GetProperty("city").Str("type").Should().Be("string");
        parameters.GetProperty("properties").GetProperty("city").Str("description").Should().Be("The city name");
        parameters.GetProperty("properties").GetProperty("days").Str("type").Should().Be("integer");
    }

    [Fact]
    public async Task Web_search_tool_is_sent_as_browser_search()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [new HostedWebSearchTool()] });

        var tool = body.GetProperty("tools").EnumerateArray().Should().ContainSingle().Subject;
        tool.EnumerateObject().Select(p => p.Name).Should().Equal("type");
        tool.Str("type").Should().Be("browser_search");
    }

    [Fact]
    public async Task Code_interpreter_tool_is_sent_as_code_interpreter()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [new HostedCodeInterpreterTool()] });

        var tool = body.GetProperty("tools").EnumerateArray().Should().ContainSingle().Subject;
        tool.EnumerateObject().Select(p => p.Name).Should().Equal("type");
        tool.Str("type").Should().Be("code_interpreter");
    }

    [Fact]
    public async Task Function_and_built_in_tools_are_sent_in_order()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather, new HostedWebSearchTool(), Time] });

        body.GetProperty("tools").EnumerateArray().Select(t => t.Str("type")).Should().Equal("function", "browser_search", "function");
        body.GetProperty("tools")[2].GetProperty("function").Str("name").Should().Be("get_time");
    }

    [Fact]
    public async Task Tool_mode_auto_is_sent_as_auto()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather], ToolMode = ChatToolMode.Auto });

        body.Str("tool_choice").Should().Be("auto");
    }

    [Fact]
    public async Task Tool_mode_none_is_sent_as_none()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather], ToolMode = ChatToolMode.None });

        body.Str("tool_choice").Should().Be("none");
    }

    [Fact]
    public async Task Tool_mode_require_any_is_sent_as_required()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather, Time], ToolMode = ChatToolMode.RequireAny });

        body.Str("tool_choice").Should().Be("required");
    }

    [Fact]
    public async Task Tool_mode_require_specific_is_sent_as_a_function_choice()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather, Time], ToolMode = ChatToolMode.RequireSpecific("get_time") });

        var choice = body.GetProperty("tool_choice");
        choice.Str("type").Should().Be("function");
        choice.GetProperty("function").Str("name").Should().Be("get_time");
    }

    [Fact]
    public async Task Tool_mode_requiring_a_function_that_is_not_offered_throws()
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler);

        Func<Task> act = () => client.GetResponseAsync(
            TestClients.Hi, new ChatOptions { Tools = [Weather], ToolMode = ChatToolMode.RequireSpecific("missing") }, TestClients.Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*missing*");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AllowMultipleToolCalls_is_sent_as_parallel_tool_calls(bool allow)
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [Weather], AllowMultipleToolCalls = allow });

        body.GetProperty("parallel_tool_calls").GetBoolean().Should().Be(allow);
    }

    [Fact]
    public async Task Without_tools_no_tool_fields_are_sent()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Temperature = 1f });

        body.Has("tools").Should().BeFalse();
        body.Has("tool_choice").Should().BeFalse();
        body.Has("parallel_tool_calls").Should().BeFalse();
    }

    [Fact]
    public async Task Strict_json_schema_key_sets_strict_on_the_schema_and_on_every_function_unless_one_says_otherwise()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"answer":{"type":"integer"}}}""");
        var lenient = AIFunctionFactory.Create(() => "12:00", new AIFunctionFactoryOptions
        {
            Name = "get_time_lenient",
            AdditionalProperties = new Dictionary<string, object?> { [GroqChatOptionKeys.StrictJsonSchema] = false },
        });
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "result"),
            Tools = [Weather, lenient],
            AdditionalProperties = new() { [GroqChatOptionKeys.StrictJsonSchema] = true },
        };

        var body = await TestClients.BodyOfAsync(options);

        body.GetProperty("response_format").GetProperty("json_schema").GetProperty("strict").GetBoolean().Should().BeTrue();
        body.GetProperty("tools")[0].GetProperty("function").GetProperty("strict").GetBoolean().Should().BeTrue();
        body.GetProperty("tools")[1].GetProperty("function").GetProperty("strict").GetBoolean().Should().BeFalse();
        body.TryGetProperty(GroqChatOptionKeys.StrictJsonSchema, out _).Should().BeFalse("it is a switch for the connector, not a Groq field");
    }

    [Fact]
    public async Task Without_the_strict_key_no_strict_field_is_sent()
    {
        using var schema = JsonDocument.Parse("""{"type":"object"}""");

        var body = await TestClients.BodyOfAsync(new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "result"), Tools = [Weather] });

        body.GetProperty("response_format").GetProperty("json_schema").TryGetProperty("strict", out _).Should().BeFalse();
        body.GetProperty("tools")[0].GetProperty("function").TryGetProperty("strict", out _).Should().BeFalse();
    }
}
