using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>ChatOptions.RawRepresentationFactory supplies request fields the connector does not know yet.</summary>
public sealed class RawRepresentationFactoryTests
{
    public static TheoryData<string> Forms => ["JsonObject", "JsonElement", "text", "dictionary"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Extra_fields_from_the_factory_are_sent_as_given(string form)
    {
        object fields = form switch
        {
            "JsonObject" => new JsonObject { ["future_field"] = new JsonObject { ["level"] = 2 } },
            "JsonElement" => JsonElement.Parse("""{"future_field":{"level":2}}"""),
            "text" => """{"future_field":{"level":2}}""",
            _ => new Dictionary<string, object?> { ["future_field"] = new Dictionary<string, int> { ["level"] = 2 } },
        };

        var body = await TestClients.BodyOfAsync(new ChatOptions { Temperature = 0.5f, RawRepresentationFactory = _ => fields });

        body.GetProperty("future_field").GetProperty("level").GetInt32().Should().Be(2);
        body.GetProperty("temperature").GetSingle().Should().Be(0.5f);
    }

    [Fact]
    public async Task The_factory_is_given_the_Groq_client()
    {
        IChatClient? given = null;
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler);

        await client.GetResponseAsync(TestClients.Hi, new ChatOptions { RawRepresentationFactory = c => { given = c; return null; } }, TestClients.Ct);

        given.Should().BeSameAs(client);
    }

    [Theory]
    [InlineData("temperature")]
    [InlineData("messages")]
    [InlineData("search_settings")]
    public async Task A_field_the_connector_sets_itself_is_refused_before_sending(string field)
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(
            new ChatOptions { RawRepresentationFactory = _ => new JsonObject { [field] = 1 } });

        thrown.ParamName.Should().Be("ChatOptions.RawRepresentationFactory");
        thrown.Message.Should().Contain($"'{field}'");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public async Task Something_other_than_a_JSON_object_is_refused_naming_the_setting(string text)
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(
            new ChatOptions { RawRepresentationFactory = _ => text });

        thrown.ParamName.Should().Be("ChatOptions.RawRepresentationFactory");
        handler.Requests.Should().BeEmpty();
    }
}
