using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>A tool's parameter schema written once for declarations that cannot change it, and every time for others.</summary>
public sealed class ToolSchemaWritingTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": { "city": { "type": "string", "description": "Ville, e.g. \"Zürich\" <b>or</b> Kyōto \u00e9" } },
          "required": ["city"]
        }
        """;

    [Fact]
    public void A_written_schema_is_byte_for_byte_what_writing_its_element_in_a_request_gives()
    {
        var element = JsonElement.Parse(Schema);
        var declaration = AIFunctionFactory.CreateDeclaration("get_weather", "Weather.", element);

        string viaBytes = JsonSerializer.Serialize(Definition(ToolSchemas.For(declaration)), GroqJsonContext.Default.WireFunctionDefinition);
        string viaElement = JsonSerializer.Serialize(Definition(WireJsonValue.Of(element)), GroqJsonContext.Default.WireFunctionDefinition);

        ToolSchemas.For(declaration)!.Utf8.Should().NotBeNull("MEAI's declarations fix their schema, so it is written once");
        viaBytes.Should().Be(viaElement);
        viaBytes.Should().Contain("\\u0022Z\\u00FCrich\\u0022").And.Contain("\\u003Cb\\u003E");
    }

    [Fact]
    public async Task A_declaration_of_another_kind_is_sent_with_the_schema_it_gives_on_each_request()
    {
        var tool = new ChangingTool();
        var options = new ChatOptions { Tools = [tool] };

        tool.Schema = JsonElement.Parse("""{"type":"object","properties":{"a":{"type":"string"}}}""");
        var first = await TestClients.BodyOfAsync(options);
        tool.Schema = JsonElement.Parse("""{"type":"object","properties":{"b":{"type":"integer"}}}""");
        var second = await TestClients.BodyOfAsync(options);

        Parameters(first).GetProperty("properties").TryGetProperty("a", out _).Should().BeTrue();
        Parameters(second).GetProperty("properties").TryGetProperty("b", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_wrapper_of_a_changing_declaration_is_sent_with_the_schema_its_inner_function_gives_now()
    {
        var inner = new ChangingFunction();
        var options = new ChatOptions { Tools = [new ApprovalRequiredAIFunction(inner)] };

        inner.Schema = JsonElement.Parse("""{"type":"object","properties":{"a":{"type":"string"}}}""");
        var first = await TestClients.BodyOfAsync(options);
        inner.Schema = JsonElement.Parse("""{"type":"object","properties":{"b":{"type":"integer"}}}""");
        var second = await TestClients.BodyOfAsync(options);

        Parameters(first).GetProperty("properties").TryGetProperty("a", out _).Should().BeTrue();
        Parameters(second).GetProperty("properties").TryGetProperty("b", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_declaration_without_a_schema_is_sent_without_parameters()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Tools = [new ChangingTool()] });

        body.GetProperty("tools")[0].GetProperty("function").TryGetProperty("parameters", out _).Should().BeFalse();
    }

    private static JsonElement Parameters(JsonElement body) => body.GetProperty("tools")[0].GetProperty("function").GetProperty("parameters");

    private static WireFunctionDefinition Definition(WireJsonValue? parameters) => new() { Name = "get_weather", Parameters = parameters };

    private sealed class ChangingFunction : AIFunction
    {
        public JsonElement Schema { get; set; }

        public override string Name => "changing";

        public override JsonElement JsonSchema => Schema;

        protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) => new((object?)null);
    }

    private sealed class ChangingTool : AIFunctionDeclaration
    {
        public JsonElement Schema { get; set; }

        public override string Name => "changing";

        public override JsonElement JsonSchema => Schema;
    }
}
