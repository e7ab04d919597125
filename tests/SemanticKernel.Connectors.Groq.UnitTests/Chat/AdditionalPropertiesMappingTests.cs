using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>Groq-only fields set through <see cref="ChatOptions.AdditionalProperties"/>, and keys that must not be sent.</summary>
public sealed class AdditionalPropertiesMappingTests
{
    [Fact]
    public async Task Groq_keys_are_sent_under_their_wire_names()
    {
        using var documents = JsonDocument.Parse("""[{"text":"Paris is the capital of France."}]""");
        var options = new ChatOptions
        {
            AdditionalProperties = new()
            {
                [GroqChatOptionKeys.ReasoningFormat] = "parsed",
                [GroqChatOptionKeys.ServiceTier] = "flex",
                [GroqChatOptionKeys.SearchSettings] = new Dictionary<string, object?>
                {
                    ["include_domains"] = new[] { "example.com" },
                    ["country"] = "france",
                },
                [GroqChatOptionKeys.CompoundCustom] = JsonDocument.Parse("""{"tools":{"enabled_tools":["web_search"]}}""").RootElement,
                [GroqChatOptionKeys.Documents] = documents.RootElement.Clone(),
                [GroqChatOptionKeys.CitationOptions] = "enabled",
                [GroqChatOptionKeys.DisableToolValidation] = true,
                [GroqChatOptionKeys.User] = "user-42",
            },
        };

        var body = await TestClients.BodyOfAsync(options);

        body.Str("reasoning_format").Should().Be("parsed");
        body.Str("service_tier").Should().Be("flex");
        var search = body.GetProperty("search_settings");
        search.ValueKind.Should().Be(JsonValueKind.Object);
        search.GetProperty("include_domains").EnumerateArray().Select(e => e.GetString()).Should().Equal("example.com");
        search.Str("country").Should().Be("france");
        body.GetProperty("compound_custom").GetProperty("tools").GetProperty("enabled_tools")[0].GetString().Should().Be("web_search");
        JsonElement.DeepEquals(body.GetProperty("documents"), documents.RootElement).Should().BeTrue();
        body.Str("citation_options").Should().Be("enabled");
        body.GetProperty("disable_tool_validation").GetBoolean().Should().BeTrue();
        body.Str("user").Should().Be("user-42");
    }

    [Fact]
    public async Task Include_reasoning_is_sent_as_a_boolean()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.IncludeReasoning] = false } });

        body.GetProperty("include_reasoning").ValueKind.Should().Be(JsonValueKind.False);
    }

    [Fact]
    public async Task Reasoning_effort_key_is_sent_when_ChatOptions_Reasoning_is_unset()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningEffort] = "default" } });

        body.Str("reasoning_effort").Should().Be("default");
    }

    [Fact]
    public async Task ChatOptions_Reasoning_wins_over_the_reasoning_effort_key()
    {
        var options = new ChatOptions
        {
            Reasoning = new ReasoningOptions { Effort = ReasoningEffort.High },
            AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningEffort] = "low" },
        };

        var body = await TestClients.BodyOfAsync(options);

        body.Str("reasoning_effort").Should().Be("high");
    }

    [Theory]
    [InlineData("logprobs")]
    [InlineData("top_logprobs")]
    [InlineData("logit_bias")]
    [InlineData("n")]
    [InlineData("foo")]
    [InlineData("metadata")]
    [InlineData("store")]
    public async Task Unknown_additional_property_is_not_sent(string key)
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { AdditionalProperties = new() { [key] = 1, [GroqChatOptionKeys.User] = "u" } });

        body.Has(key).Should().BeFalse();
        body.Str("user").Should().Be("u");
        body.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("model", "messages", "user");
    }

    [Fact]
    public async Task Reasoning_format_with_include_reasoning_throws()
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(new ChatOptions
        {
            AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "parsed", [GroqChatOptionKeys.IncludeReasoning] = true },
        });

        thrown.Message.Should().Contain("reasoning_format").And.Contain("include_reasoning");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Raw_reasoning_format_with_tools_throws()
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<NotSupportedException>(new ChatOptions
        {
            Tools = [AIFunctionFactory.Create(() => "12:00", "get_time")],
            AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "raw" },
        });

        thrown.Message.Should().Contain("raw");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Raw_reasoning_format_with_json_mode_throws()
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<NotSupportedException>(new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.Json,
            AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "raw" },
        });

        thrown.Message.Should().Contain("raw");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Raw_reasoning_format_without_tools_or_json_is_sent()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "raw" } });

        body.Str("reasoning_format").Should().Be("raw");
    }

    [Theory]
    [InlineData(GroqChatOptionKeys.ReasoningFormat, "thoughts")]
    [InlineData(GroqChatOptionKeys.ServiceTier, "premium")]
    [InlineData(GroqChatOptionKeys.ReasoningEffort, "extreme")]
    public async Task Groq_key_with_a_value_groq_does_not_accept_throws_naming_the_key(string key, string value)
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(new ChatOptions { AdditionalProperties = new() { [key] = value } });

        thrown.Message.Should().Contain(key).And.Contain(value);
        handler.Requests.Should().BeEmpty();
    }
}
