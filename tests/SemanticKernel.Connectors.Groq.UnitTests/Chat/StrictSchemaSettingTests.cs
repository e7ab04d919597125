using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>A strictness that is not a boolean is refused before sending, naming where it was set.</summary>
public sealed class StrictSchemaSettingTests
{
    private static readonly JsonElement Schema = JsonElement.Parse("""{"type":"object","properties":{}}""");

    [Fact]
    public async Task A_non_boolean_strictness_in_the_options_is_refused_naming_the_options()
    {
        var options = new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.StrictJsonSchema] = 42 } };

        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(options);

        thrown.ParamName.Should().Be("ChatOptions.AdditionalProperties");
        thrown.Message.Should().Contain($"[\"{GroqChatOptionKeys.StrictJsonSchema}\"] must be a boolean");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_non_boolean_strictness_on_a_tool_is_refused_naming_that_tool()
    {
        var tool = new StrictTool("get_weather", 42);
        var options = new ChatOptions { Tools = [AIFunctionFactory.CreateDeclaration("other", "Other.", Schema), tool] };

        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(options);

        thrown.ParamName.Should().Be("AIFunction 'get_weather'.AdditionalProperties");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_boolean_strictness_on_a_tool_is_sent_as_its_strict_flag()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [new StrictTool("get_weather", "true")] });

        body.GetProperty("tools")[0].GetProperty("function").GetProperty("strict").GetBoolean().Should().BeTrue();
    }

    private sealed class StrictTool(string name, object strict) : AIFunctionDeclaration
    {
        public override string Name => name;

        public override JsonElement JsonSchema => Schema;

        public override IReadOnlyDictionary<string, object?> AdditionalProperties { get; } =
            new Dictionary<string, object?> { [GroqChatOptionKeys.StrictJsonSchema] = strict };
    }
}
