using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>The recorded non-streamed Groq responses in TestData, read through <see cref="GroqChatClient.GetResponseAsync"/>.</summary>
public sealed class RecordedResponseTests
{
    private static async Task<ChatResponse> RespondWithAsync(string fixture, CannedHandler? handler = null)
    {
        handler ??= CannedHandler.Json(TestData.Read(fixture));
        using var client = TestClients.Chat(handler);
        return await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
    }

    [Fact]
    public async Task Text_fixture_yields_exactly_the_recorded_content()
    {
        string expected = TestData.Message(TestData.Text).GetProperty("content").GetString()!;

        var response = await RespondWithAsync(TestData.Text);

        response.Text.Should().Be(expected);
        var message = response.Messages.Should().ContainSingle().Subject;
        message.Role.Should().Be(ChatRole.Assistant);
        message.Contents.Should().ContainSingle().Which.Should().BeOfType<TextContent>().Which.Text.Should().Be(expected);
    }

    [Fact]
    public async Task Text_fixture_maps_response_id_model_created_at_and_finish_reason()
    {
        var response = await RespondWithAsync(TestData.Text);

        response.ResponseId.Should().Be("chatcmpl-09d64d2a-ed1c-4473-829f-78db43f45d13");
        response.Messages[0].MessageId.Should().Be("chatcmpl-09d64d2a-ed1c-4473-829f-78db43f45d13");
        response.ModelId.Should().Be("llama-3.3-70b-versatile");
        response.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1770770798));
        response.FinishReason.Should().Be(ChatFinishReason.Stop);
    }

    [Fact]
    public async Task Text_fixture_maps_usage_token_counts()
    {
        var response = await RespondWithAsync(TestData.Text);

        response.Usage.Should().NotBeNull();
        response.Usage!.InputTokenCount.Should().Be(45);
        response.Usage.OutputTokenCount.Should().Be(607);
        response.Usage.TotalTokenCount.Should().Be(652);
        response.Usage.ReasoningTokenCount.Should().BeNull();
    }

    [Fact]
    public async Task Text_fixture_puts_groq_metadata_under_GroqMetadataKeys()
    {
        var response = await RespondWithAsync(TestData.Text);

        var properties = response.AdditionalProperties;
        properties.Should().NotBeNull();
        properties![GroqMetadataKeys.RequestId].Should().Be("req_01kh52m3qqem4sw141xf026ehx");
        properties[GroqMetadataKeys.SystemFingerprint].Should().Be("fp_f8b414701e");
        properties[GroqMetadataKeys.ServiceTier].Should().Be("on_demand");
        properties[GroqMetadataKeys.QueueTime].Should().Be(TimeSpan.FromSeconds(0.041876985));
        properties[GroqMetadataKeys.PromptTime].Should().Be(TimeSpan.FromSeconds(0.001954727));
        properties[GroqMetadataKeys.CompletionTime].Should().Be(TimeSpan.FromSeconds(2.245177008));
        properties[GroqMetadataKeys.TotalTime].Should().Be(TimeSpan.FromSeconds(2.247131735));
    }

    [Fact]
    public async Task Tool_call_fixture_yields_one_function_call_with_empty_arguments()
    {
        var response = await RespondWithAsync(TestData.ToolCall);

        var call = response.Messages.Should().ContainSingle().Subject.Contents.Should().ContainSingle()
            .Which.Should().BeOfType<FunctionCallContent>().Subject;
        call.CallId.Should().Be("ax9fskhev");
        call.Name.Should().Be("weather");
        call.Arguments.Should().NotBeNull().And.BeEmpty();
        call.Exception.Should().BeNull();
        response.Text.Should().BeEmpty();
    }

    [Fact]
    public async Task Tool_call_fixture_maps_finish_reason_ids_usage_and_metadata()
    {
        var response = await RespondWithAsync(TestData.ToolCall);

        response.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        response.ResponseId.Should().Be("chatcmpl-1fd017fc-60b8-44eb-a736-375b8e1bc3e7");
        response.ModelId.Should().Be("llama-3.3-70b-versatile");
        response.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1770770815));
        response.Usage!.InputTokenCount.Should().Be(218);
        response.Usage.OutputTokenCount.Should().Be(15);
        response.Usage.TotalTokenCount.Should().Be(233);
        response.AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_01kh52madzem68scv0bcz3vm00");
        response.AdditionalProperties[GroqMetadataKeys.QueueTime].Should().Be(TimeSpan.FromSeconds(0.179481775));
        response.AdditionalProperties[GroqMetadataKeys.TotalTime].Should().Be(TimeSpan.FromSeconds(0.056430649));
    }

    [Fact]
    public async Task Reasoning_fixture_yields_reasoning_content_and_answer_text()
    {
        var recorded = TestData.Message(TestData.Reasoning);
        string reasoning = recorded.GetProperty("reasoning").GetString()!;
        string content = recorded.GetProperty("content").GetString()!;

        var response = await RespondWithAsync(TestData.Reasoning);

        var contents = response.Messages.Should().ContainSingle().Subject.Contents;
        contents.OfType<TextReasoningContent>().Should().ContainSingle().Which.Text.Should().Be(reasoning);
        contents.OfType<TextContent>().Should().ContainSingle().Which.Text.Should().Be(content);
        response.Text.Should().Be(content);
    }

    [Fact]
    public async Task Reasoning_fixture_maps_usage_with_570_reasoning_tokens()
    {
        var response = await RespondWithAsync(TestData.Reasoning);

        response.Usage!.InputTokenCount.Should().Be(17);
        response.Usage.OutputTokenCount.Should().Be(649);
        response.Usage.TotalTokenCount.Should().Be(666);
        response.Usage.ReasoningTokenCount.Should().Be(570);
    }

    [Fact]
    public async Task Reasoning_fixture_maps_ids_model_and_metadata()
    {
        var response = await RespondWithAsync(TestData.Reasoning);

        response.ResponseId.Should().Be("chatcmpl-73cf8a54-d54e-400c-88b8-603d1a346d96");
        response.ModelId.Should().Be("qwen/qwen3-32b");
        response.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1770770833));
        response.FinishReason.Should().Be(ChatFinishReason.Stop);
        response.AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_01kh52n6v2fr2b5m32125xqb7b");
        response.AdditionalProperties[GroqMetadataKeys.SystemFingerprint].Should().Be("fp_5cf921caa2");
        response.AdditionalProperties[GroqMetadataKeys.ServiceTier].Should().Be("on_demand");
        response.AdditionalProperties[GroqMetadataKeys.QueueTime].Should().Be(TimeSpan.FromSeconds(0.335637089));
        response.AdditionalProperties[GroqMetadataKeys.PromptTime].Should().Be(TimeSpan.FromSeconds(0.000658349));
        response.AdditionalProperties[GroqMetadataKeys.CompletionTime].Should().Be(TimeSpan.FromSeconds(1.231022196));
        response.AdditionalProperties[GroqMetadataKeys.TotalTime].Should().Be(TimeSpan.FromSeconds(1.231680545));
    }

    [Fact]
    public async Task Rate_limit_headers_of_a_successful_response_are_exposed_as_GroqRateLimits()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text))
            .WithHeader("x-request-id", "req_01kh52m3qqem4sw141xf026ehx")
            .WithHeader("x-ratelimit-limit-requests", "1000")
            .WithHeader("x-ratelimit-limit-tokens", "12000")
            .WithHeader("x-ratelimit-remaining-requests", "999")
            .WithHeader("x-ratelimit-remaining-tokens", "11348")
            .WithHeader("x-ratelimit-reset-requests", "1m26.4s")
            .WithHeader("x-ratelimit-reset-tokens", "3.26s");

        var response = await RespondWithAsync(TestData.Text, handler);

        response.AdditionalProperties![GroqMetadataKeys.RateLimits].Should().Be(new GroqRateLimits(
            1000, 12000, 999, 11348, TimeSpan.FromMilliseconds(86_400), TimeSpan.FromMilliseconds(3_260)));
    }
}
