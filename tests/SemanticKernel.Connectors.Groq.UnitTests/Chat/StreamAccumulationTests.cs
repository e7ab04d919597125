using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>Synthetic streams: tool calls split across deltas and keyed by index, usage placement.</summary>
public sealed class StreamAccumulationTests
{
    private static string Chunk(string delta, string? finishReason = null, string extra = "") =>
        "{\"id\":\"chatcmpl-a\",\"object\":\"chat.completion.chunk\",\"created\":1730000000,\"model\":\"openai/gpt-oss-20b\"," +
        "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + (finishReason is null ? "null" : "\"" + finishReason + "\"") + "}]" + extra + "}";

    private static async Task<List<ChatResponseUpdate>> StreamAsync(params string[] chunks)
    {
        using var client = TestClients.Chat(CannedHandler.Sse(TestData.ToSse(chunks)));
        return await TestClients.StreamAsync(client);
    }

    [Fact]
    public async Task Two_tool_calls_split_across_deltas_are_emitted_once_each_and_complete()
    {
        var updates = await StreamAsync(
            Chunk("""{"role":"assistant","content":null}"""),
            Chunk("""{"tool_calls":[{"index":0,"id":"c0","type":"function","function":{"name":"weather","arguments":"{\"ci"}}]}"""),
            Chunk("""{"tool_calls":[{"index":1,"id":"c1","type":"function","function":{"name":"time","arguments":""}}]}"""),
            Chunk("""{"tool_calls":[{"index":0,"function":{"arguments":"ty\":\"Pa"}}]}"""),
            Chunk("""{"tool_calls":[{"index":1,"function":{"arguments":"{\"tz\":\"UTC\"}"}}]}"""),
            Chunk("""{"tool_calls":[{"index":0,"function":{"arguments":"ris\"}"}}]}"""),
            Chunk("{}", "tool_calls"));

        updates.Should().HaveCount(7);
        var calls = updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>().ToList();
        calls.Should().HaveCount(2);
        calls[0].CallId.Should().Be("c0");
        calls[0].Name.Should().Be("weather");
        calls[0].Arguments!["city"]!.ToString().Should().Be("Paris");
        calls[1].CallId.Should().Be("c1");
        calls[1].Name.Should().Be("time");
        calls[1].Arguments!["tz"]!.ToString().Should().Be("UTC");
        updates[^1].Contents.OfType<FunctionCallContent>().Should().HaveCount(2);
        updates[^1].FinishReason.Should().Be(ChatFinishReason.ToolCalls);
    }

    [Fact]
    public async Task Tool_call_pending_when_the_stream_ends_without_a_finish_reason_is_still_emitted_once()
    {
        var updates = await StreamAsync(
            Chunk("""{"role":"assistant"}"""),
            Chunk("""{"tool_calls":[{"index":0,"id":"c0","type":"function","function":{"name":"weather","arguments":"{}"}}]}"""));

        var call = updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>().Should().ContainSingle().Subject;
        call.CallId.Should().Be("c0");
        updates.Should().OnlyContain(u => u.ResponseId == "chatcmpl-a" && u.MessageId == "chatcmpl-a");
    }

    [Fact]
    public async Task Usage_only_in_top_level_usage_is_emitted_once()
    {
        var updates = await StreamAsync(
            Chunk("""{"role":"assistant","content":"Hi"}"""),
            Chunk("{}", "stop", ""","usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}"""));

        var usage = updates.SelectMany(u => u.Contents).OfType<UsageContent>().Should().ContainSingle().Subject.Details;
        usage.InputTokenCount.Should().Be(5);
        usage.OutputTokenCount.Should().Be(2);
        usage.TotalTokenCount.Should().Be(7);
    }

    [Fact]
    public async Task Usage_repeated_in_a_later_chunk_is_not_emitted_twice()
    {
        var updates = await StreamAsync(
            Chunk("""{"role":"assistant","content":"Hi"}"""),
            Chunk("{}", "stop", ""","x_groq":{"id":"req_a","usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}"""),
            """{"id":"chatcmpl-a","object":"chat.completion.chunk","created":1730000000,"model":"openai/gpt-oss-20b","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}""");

        updates.Should().HaveCount(3);
        updates.SelectMany(u => u.Contents).OfType<UsageContent>().Should().ContainSingle().Which.Details.TotalTokenCount.Should().Be(7);
        updates.ToChatResponse().Usage!.TotalTokenCount.Should().Be(7);
    }

    [Fact]
    public async Task Streamed_reasoning_and_text_merge_into_one_message()
    {
        var updates = await StreamAsync(
            Chunk("""{"role":"assistant","content":""}"""),
            Chunk("""{"reasoning":"Think "}"""),
            Chunk("""{"reasoning":"hard."}"""),
            Chunk("""{"content":"Three."}"""),
            Chunk("{}", "stop"));

        var response = updates.ToChatResponse();
        response.Messages.Should().ContainSingle();
        response.Messages[0].Contents.OfType<TextReasoningContent>().Select(r => r.Text).Should().Equal("Think hard.");
        response.Text.Should().Be("Three.");
        response.FinishReason.Should().Be(ChatFinishReason.Stop);
        response.ResponseId.Should().Be("chatcmpl-a");
    }

    [Fact]
    public async Task Rate_limit_headers_of_a_stream_are_attached_to_the_usage_update()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.ToolCallChunks)))
            .WithHeader("x-ratelimit-remaining-requests", "999")
            .WithHeader("x-ratelimit-reset-tokens", "350ms");
        using var client = TestClients.Chat(handler);

        var updates = await TestClients.StreamAsync(client);

        var limits = (GroqRateLimits)updates[^1].AdditionalProperties![GroqMetadataKeys.RateLimits]!;
        limits.RemainingRequests.Should().Be(999);
        limits.ResetTokens.Should().Be(TimeSpan.FromMilliseconds(350));
        updates[^1].AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_01kh52nj5yfcat8hrmvrk2j2hj");
    }

    [Fact]
    public async Task A_stream_that_keeps_opening_tool_calls_is_abandoned_at_the_limit()
    {
        var chunks = Enumerable.Range(0, 2000)
            .Select(i => Chunk($$$"""{"tool_calls":[{"index":{{{i}}},"id":"c{{{i}}}","type":"function","function":{"name":"f","arguments":""}}]}"""))
            .ToArray();
        using var client = TestClients.Chat(CannedHandler.Sse(TestData.ToSse(chunks)));

        var act = () => TestClients.StreamAsync(client);

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("more than 1024 tool calls");
    }
}
