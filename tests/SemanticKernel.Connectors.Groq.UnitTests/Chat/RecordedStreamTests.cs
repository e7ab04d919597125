using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary>The recorded Groq SSE streams in TestData, read through <see cref="GroqChatClient.GetStreamingResponseAsync"/>.</summary>
public sealed class RecordedStreamTests
{
    private static async Task<(List<ChatResponseUpdate> Updates, CannedHandler Handler)> StreamAsync(string fixture)
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(fixture)));
        using var client = TestClients.Chat(handler);
        return (await TestClients.StreamAsync(client), handler);
    }

    private static string ChunkId(string fixture)
    {
        using var document = JsonDocument.Parse(TestData.ChunkLines(fixture)[0]);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    [Theory]
    [InlineData(TestData.TextChunks)]
    [InlineData(TestData.ToolCallChunks)]
    [InlineData(TestData.ReasoningChunks)]
    public async Task Stream_yields_one_update_per_chunk(string fixture)
    {
        var (updates, _) = await StreamAsync(fixture);

        updates.Should().HaveCount(TestData.ChunkLines(fixture).Length);
    }

    [Theory]
    [InlineData(TestData.TextChunks)]
    [InlineData(TestData.ToolCallChunks)]
    [InlineData(TestData.ReasoningChunks)]
    public async Task Every_update_carries_the_chunk_id_as_response_id_and_message_id(string fixture)
    {
        string id = ChunkId(fixture);

        var (updates, _) = await StreamAsync(fixture);

        updates.Should().OnlyContain(u => u.ResponseId == id && u.MessageId == id && u.Role == ChatRole.Assistant);
    }

    [Fact]
    public async Task Text_stream_text_equals_the_concatenated_content_deltas()
    {
        string expected = TestData.ConcatDeltas(TestData.TextChunks, "content");

        var (updates, _) = await StreamAsync(TestData.TextChunks);

        expected.Should().NotBeEmpty();
        string.Concat(updates.Select(u => u.Text)).Should().Be(expected);
        updates.ToChatResponse().Text.Should().Be(expected);
    }

    [Fact]
    public async Task Text_stream_maps_model_created_at_and_final_finish_reason()
    {
        var (updates, _) = await StreamAsync(TestData.TextChunks);

        updates.Should().OnlyContain(u => u.ModelId == "llama-3.3-70b-versatile");
        updates[0].CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1770770839));
        updates[^1].FinishReason.Should().Be(ChatFinishReason.Stop);
        updates.Take(updates.Count - 1).Should().OnlyContain(u => u.FinishReason == null);
    }

    [Fact]
    public async Task Reasoning_stream_reasoning_and_text_equal_the_concatenated_deltas()
    {
        string expectedReasoning = TestData.ConcatDeltas(TestData.ReasoningChunks, "reasoning");
        string expectedText = TestData.ConcatDeltas(TestData.ReasoningChunks, "content");

        var (updates, _) = await StreamAsync(TestData.ReasoningChunks);

        expectedReasoning.Should().NotBeEmpty();
        string.Concat(updates.SelectMany(u => u.Contents).OfType<TextReasoningContent>().Select(r => r.Text)).Should().Be(expectedReasoning);
        string.Concat(updates.Select(u => u.Text)).Should().Be(expectedText);
        updates[^1].FinishReason.Should().Be(ChatFinishReason.Stop);
    }

    [Fact]
    public async Task Tool_call_stream_emits_the_tool_call_exactly_once_and_complete()
    {
        var (updates, _) = await StreamAsync(TestData.ToolCallChunks);

        var calls = updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>().ToList();
        var call = calls.Should().ContainSingle().Subject;
        call.CallId.Should().Be("tk85n1k4m");
        call.Name.Should().Be("weather");
        call.Arguments.Should().NotBeNull().And.BeEmpty();
        call.Exception.Should().BeNull();
        updates.Single(u => u.Contents.OfType<FunctionCallContent>().Any()).FinishReason.Should().Be(ChatFinishReason.ToolCalls);
        updates.Should().OnlyContain(u => u.Text.Length == 0);
    }

    [Theory]
    [InlineData(TestData.TextChunks, 45L, 662L, 707L, null)]
    [InlineData(TestData.ToolCallChunks, 210L, 15L, 225L, null)]
    [InlineData(TestData.ReasoningChunks, 17L, 1107L, 1124L, 963L)]
    public async Task Stream_yields_exactly_one_usage_content_with_the_last_chunk_numbers(
        string fixture, long input, long output, long total, long? reasoning)
    {
        var (updates, _) = await StreamAsync(fixture);

        var usage = updates.SelectMany(u => u.Contents).OfType<UsageContent>().Should().ContainSingle().Subject.Details;
        usage.InputTokenCount.Should().Be(input);
        usage.OutputTokenCount.Should().Be(output);
        usage.TotalTokenCount.Should().Be(total);
        usage.ReasoningTokenCount.Should().Be(reasoning);
        updates[^1].Contents.OfType<UsageContent>().Should().ContainSingle();
        updates.ToChatResponse().Usage!.TotalTokenCount.Should().Be(total);
    }

    [Fact]
    public async Task Text_stream_exposes_request_id_and_timings_in_additional_properties()
    {
        var (updates, _) = await StreamAsync(TestData.TextChunks);

        updates[0].AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_01kh52ndshfr2azv0xe6tnv4fx");
        var last = updates[^1].AdditionalProperties!;
        last[GroqMetadataKeys.RequestId].Should().Be("req_01kh52ndshfr2azv0xe6tnv4fx");
        last[GroqMetadataKeys.SystemFingerprint].Should().Be("fp_f8b414701e");
        last[GroqMetadataKeys.QueueTime].Should().Be(TimeSpan.FromSeconds(0.041905864));
        last[GroqMetadataKeys.TotalTime].Should().Be(TimeSpan.FromSeconds(2.656170478));
    }
}
