using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>The table of Groq-only fields drives both facades: every entry is covered here without a test of its own.</summary>
public sealed class GroqChatFieldsTests
{
    public static TheoryData<string> Keys => [.. GroqChatFields.All.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The fields with a rule on their value (JSON fields take any JSON value as it is).</summary>
    public static TheoryData<string> CheckedKeys =>
        [.. GroqChatFields.All.Values.Where(f => f.Kind != GroqChatFieldKind.Json).Select(f => f.Key).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_field_set_in_ChatOptions_reaches_the_wire_under_its_key(string key)
    {
        var (value, expected) = Sample(GroqChatFields.All[key]);

        var body = await TestClients.BodyOfAsync(new ChatOptions { AdditionalProperties = new() { [key] = value } });

        JsonElement.DeepEquals(body.GetProperty(key), expected).Should().BeTrue($"{key} is sent as {expected.GetRawText()}, not {body.GetProperty(key).GetRawText()}");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_field_in_another_connectors_settings_reaches_the_wire_through_the_SK_service(string key)
    {
        var (value, expected) = Sample(GroqChatFields.All[key]);
        var handler = CannedHandler.Json(TestData.Completion());
        var service = new GroqChatCompletionService(new GroqChatClient(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler)));

        await service.GetChatMessageContentsAsync(
            new ChatHistory("Hi"), new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { [key] = value } }, cancellationToken: TestClients.Ct);

        JsonElement.DeepEquals(handler.Requests.Single().BodyJson.GetProperty(key), expected).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(CheckedKeys))]
    public async Task A_value_of_the_wrong_kind_throws_naming_the_MEAI_setting_before_sending(string key)
    {
        var field = GroqChatFields.All[key];
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(
            new ChatOptions { AdditionalProperties = new() { [key] = field.Kind == GroqChatFieldKind.Bool ? "sometimes" : 42 } });

        thrown.ParamName.Should().Be($"ChatOptions.AdditionalProperties[\"{key}\"]");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_typed_SK_setting_outside_Groqs_values_throws_naming_the_property()
    {
        var handler = CannedHandler.Json(TestData.Completion());
        var service = new GroqChatCompletionService(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey }, new HttpClient(handler));

        var act = () => service.GetChatMessageContentsAsync(new ChatHistory("Hi"), new GroqPromptExecutionSettings { ServiceTier = "fastest" });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("GroqPromptExecutionSettings.ServiceTier");
        handler.Requests.Should().BeEmpty();
    }

    private static (object Value, JsonElement Expected) Sample(GroqChatField field) => field.Kind switch
    {
        GroqChatFieldKind.Bool => (true, JsonElement.Parse("true")),
        GroqChatFieldKind.Text => (AllowedText(field), JsonElement.Parse($"\"{AllowedText(field)}\"")),
        _ => (new Dictionary<string, object> { ["n"] = 1 }, JsonElement.Parse("""{"n":1}""")),
    };

    // The first value the field accepts: text fields with a fixed set accept only those.
    private static string AllowedText(GroqChatField field)
    {
        foreach (string candidate in (string[])["parsed", "low", "flex", "enabled", "user-1"])
        {
            try
            {
                field.Read(candidate, "test");
                return candidate;
            }
            catch (ArgumentException)
            {
            }
        }

        throw new InvalidOperationException($"No sample value for {field.Key}; add one.");
    }
}
