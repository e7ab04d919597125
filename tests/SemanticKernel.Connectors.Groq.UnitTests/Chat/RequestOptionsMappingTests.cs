using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>Sampling, length, stop, seed, reasoning and instruction options as they reach the request body.</summary>
public sealed class RequestOptionsMappingTests
{
    [Fact]
    public async Task Model_defaults_to_the_client_model_id()
    {
        var body = await TestClients.BodyOfAsync(null);

        body.Str("model").Should().Be("llama-3.3-70b-versatile");
    }

    [Fact]
    public async Task ChatOptions_ModelId_overrides_the_default_model()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { ModelId = "openai/gpt-oss-120b" });

        body.Str("model").Should().Be("openai/gpt-oss-120b");
    }

    [Fact]
    public async Task Unset_options_send_only_model_and_messages()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions());

        body.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("model", "messages");
    }

    [Fact]
    public async Task Temperature_zero_is_sent_as_1e_minus_8()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Temperature = 0f });

        body.GetProperty("temperature").GetDouble().Should().BeApproximately(1e-8, 1e-12);
        body.GetProperty("temperature").GetDouble().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Temperature_0_7_is_sent_as_0_7()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Temperature = 0.7f });

        body.GetProperty("temperature").GetDouble().Should().BeApproximately(0.7, 1e-6);
    }

    [Fact]
    public async Task Temperature_2_is_sent_as_2()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Temperature = 2f });

        body.GetProperty("temperature").GetDouble().Should().Be(2);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(2.1f)]
    public async Task Temperature_outside_0_to_2_throws_ArgumentOutOfRangeException_naming_Temperature(float temperature)
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentOutOfRangeException>(new ChatOptions { Temperature = temperature });

        ((ArgumentOutOfRangeException)thrown).ParamName.Should().Contain("Temperature");
        thrown.Message.Should().Contain("Temperature");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task TopP_is_sent_as_top_p()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { TopP = 0.9f });

        body.GetProperty("top_p").GetDouble().Should().BeApproximately(0.9, 1e-6);
    }

    [Fact]
    public async Task TopP_above_1_throws_naming_TopP()
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentOutOfRangeException>(new ChatOptions { TopP = 1.5f });

        ((ArgumentOutOfRangeException)thrown).ParamName.Should().Contain("TopP");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task MaxOutputTokens_is_sent_as_max_completion_tokens_and_never_as_max_tokens()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { MaxOutputTokens = 256 });

        body.GetProperty("max_completion_tokens").GetInt32().Should().Be(256);
        body.Has("max_tokens").Should().BeFalse();
    }

    [Fact]
    public async Task Four_stop_sequences_are_sent_as_an_array()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { StopSequences = ["a", "b", "c", "d"] });

        body.GetProperty("stop").EnumerateArray().Select(e => e.GetString()).Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public async Task Five_stop_sequences_throw_ArgumentException_naming_StopSequences()
    {
        var (thrown, handler) = await TestClients.ThrowsBeforeSendingAsync<ArgumentException>(new ChatOptions { StopSequences = ["a", "b", "c", "d", "e"] });

        ((ArgumentException)thrown).ParamName.Should().Contain("StopSequences");
        thrown.Message.Should().Contain("StopSequences");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Seed_is_sent()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Seed = 1234567890123L });

        body.GetProperty("seed").GetInt64().Should().Be(1234567890123L);
    }

    [Fact]
    public async Task Frequency_and_presence_penalties_are_sent()
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { FrequencyPenalty = 0.5f, PresencePenalty = -1.25f });

        body.GetProperty("frequency_penalty").GetDouble().Should().BeApproximately(0.5, 1e-6);
        body.GetProperty("presence_penalty").GetDouble().Should().BeApproximately(-1.25, 1e-6);
    }

    [Theory]
    [InlineData(ReasoningEffort.None, "none")]
    [InlineData(ReasoningEffort.Low, "low")]
    [InlineData(ReasoningEffort.Medium, "medium")]
    [InlineData(ReasoningEffort.High, "high")]
    public async Task Reasoning_effort_is_sent_as_reasoning_effort(ReasoningEffort effort, string expected)
    {
        var body = await TestClients.BodyOfAsync(new ChatOptions { Reasoning = new ReasoningOptions { Effort = effort } });

        body.Str("reasoning_effort").Should().Be(expected);
    }

    [Fact]
    public async Task Instructions_become_a_leading_system_message()
    {
        var body = await TestClients.BodyOfAsync(
            new ChatOptions { Instructions = "Answer in French." },
            new ChatMessage(ChatRole.System, "Be brief."),
            new ChatMessage(ChatRole.User, "Hi"));

        body.MessageCount().Should().Be(3);
        body.Messages(0).Str("role").Should().Be("system");
        body.Messages(0).Str("content").Should().Be("Answer in French.");
        body.Messages(1).Str("role").Should().Be("system");
        body.Messages(1).Str("content").Should().Be("Be brief.");
        body.Messages(2).Str("role").Should().Be("user");
        body.Messages(2).Str("content").Should().Be("Hi");
    }

    [Fact]
    public async Task Body_never_contains_n_logprobs_or_logit_bias()
    {
        var options = new ChatOptions
        {
            Temperature = 0.3f,
            MaxOutputTokens = 10,
            AdditionalProperties = new() { ["n"] = 2, ["logprobs"] = true, ["top_logprobs"] = 3, ["logit_bias"] = new Dictionary<string, int> { ["50256"] = -100 } },
        };

        var body = await TestClients.BodyOfAsync(options);

        body.AllPropertyNames().Should().NotContain(["n", "logprobs", "top_logprobs", "logit_bias", "max_tokens"]);
    }
}
