using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>Groq response bodies beyond the recorded fixtures: tool arguments, finish reasons, usage details.</summary>
public sealed class ResponseMappingTests
{
    private static string Completion(string message, string finishReason = "stop", string usage = "") =>
        $$$"""
        {"id":"chatcmpl-x","object":"chat.completion","created":1730000000,"model":"llama-3.3-70b-versatile",
         "choices":[{"index":0,"message":{{{message}}},"logprobs":null,"finish_reason":"{{{finishReason}}}"}]{{{usage}}},
         "x_groq":{"id":"req_x"}}
        """;

    private static async Task<ChatResponse> RespondWithAsync(string json)
    {
        using var client = TestClients.Chat(CannedHandler.Json(json));
        return await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
    }

    [Fact]
    public async Task Malformed_tool_arguments_set_FunctionCallContent_Exception_without_throwing()
    {
        string json = Completion(
            """{"role":"assistant","content":null,"tool_calls":[{"id":"bad1","type":"function","function":{"name":"weather","arguments":"{\"city\": \"Par"}}]}""",
            "tool_calls");

        var response = await RespondWithAsync(json);

        var call = response.Messages[0].Contents.OfType<FunctionCallContent>().Should().ContainSingle().Subject;
        call.CallId.Should().Be("bad1");
        call.Name.Should().Be("weather");
        call.Exception.Should().NotBeNull();
        response.FinishReason.Should().Be(ChatFinishReason.ToolCalls);
    }

    [Fact]
    public async Task Tool_arguments_are_parsed_into_the_arguments_dictionary()
    {
        string json = Completion(
            """{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"weather","arguments":"{\"city\":\"Paris\",\"days\":3}"}},{"id":"c2","type":"function","function":{"name":"time","arguments":""}}]}""",
            "tool_calls");

        var response = await RespondWithAsync(json);

        var calls = response.Messages[0].Contents.OfType<FunctionCallContent>().ToList();
        calls.Should().HaveCount(2);
        calls[0].Arguments!.Keys.Should().BeEquivalentTo("city", "days");
        calls[0].Arguments!["city"]!.ToString().Should().Be("Paris");
        calls[0].Arguments!["days"]!.ToString().Should().Be("3");
        calls[1].CallId.Should().Be("c2");
        calls[1].Arguments.Should().NotBeNull().And.BeEmpty();
        response.Text.Should().BeEmpty();
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("length")]
    [InlineData("tool_calls")]
    [InlineData("function_call")]
    [InlineData("content_filter")]
    public async Task Finish_reason_is_mapped(string finishReason)
    {
        var expected = finishReason switch
        {
            "stop" => ChatFinishReason.Stop,
            "length" => ChatFinishReason.Length,
            "content_filter" => ChatFinishReason.ContentFilter,
            _ => ChatFinishReason.ToolCalls,
        };

        var response = await RespondWithAsync(Completion("""{"role":"assistant","content":"x"}""", finishReason));

        response.FinishReason.Should().Be(expected);
    }

    [Fact]
    public async Task Cached_and_reasoning_token_details_are_mapped()
    {
        string usage = ""","usage":{"prompt_tokens":100,"completion_tokens":50,"total_tokens":150,"prompt_tokens_details":{"cached_tokens":64},"completion_tokens_details":{"reasoning_tokens":20}}""";

        var response = await RespondWithAsync(Completion("""{"role":"assistant","content":"x"}""", usage: usage));

        response.Usage!.InputTokenCount.Should().Be(100);
        response.Usage.OutputTokenCount.Should().Be(50);
        response.Usage.TotalTokenCount.Should().Be(150);
        response.Usage.CachedInputTokenCount.Should().Be(64);
        response.Usage.ReasoningTokenCount.Should().Be(20);
    }

    [Fact]
    public async Task Null_token_details_are_accepted()
    {
        string usage = ""","usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"prompt_tokens_details":null,"completion_tokens_details":null}""";

        var response = await RespondWithAsync(Completion("""{"role":"assistant","content":"x"}""", usage: usage));

        response.Usage!.TotalTokenCount.Should().Be(3);
        response.Usage.CachedInputTokenCount.Should().BeNull();
        response.Usage.ReasoningTokenCount.Should().BeNull();
    }

    [Fact]
    public async Task Missing_usage_gives_null_usage()
    {
        var response = await RespondWithAsync(Completion("""{"role":"assistant","content":"x"}"""));

        response.Usage.Should().BeNull();
        response.Text.Should().Be("x");
    }

    [Fact]
    public async Task Executed_tools_and_annotations_on_the_message_do_not_break_parsing()
    {
        string message = """{"role":"assistant","content":"Found it.","executed_tools":[{"type":"search","arguments":"{}","output":"..."}],"annotations":[]}""";

        var response = await RespondWithAsync(Completion(message));

        response.Text.Should().Be("Found it.");
        response.AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_x");
    }

    [Fact]
    public async Task Malformed_response_body_throws_GroqException()
    {
        using var client = TestClients.Chat(CannedHandler.Json("{\"id\": \"chatcmpl-x\", \"choices\": ["));

        Func<Task> act = () => client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.InnerException.Should().BeAssignableTo<JsonException>();
    }
}
