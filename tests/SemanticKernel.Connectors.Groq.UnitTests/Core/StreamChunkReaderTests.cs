using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>The per-stream chunk reader: what it reads, what it reuses, and what it refuses as the serializer would.</summary>
public sealed class StreamChunkReaderTests
{
    private const string First =
        """{"id":"chatcmpl-a","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"logprobs":null,"finish_reason":null}],"x_groq":{"id":"req_1","seed":7}}""";

    private const string Second =
        """{"id":"chatcmpl-a","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"lo"},"logprobs":{"content":[{"token":"lo","bytes":[108,111]}]},"finish_reason":null}]}""";

    private const string Last =
        """{"id":"chatcmpl-a","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}""";

    [Fact]
    public void A_chunk_repeating_the_previous_chunks_id_model_and_fingerprint_reuses_their_strings()
    {
        var reader = new StreamChunkReader();
        var first = reader.Read(Encoding.UTF8.GetBytes(First));
        string id = first.Id!, model = first.Model!, fingerprint = first.SystemFingerprint!;

        var second = reader.Read(Encoding.UTF8.GetBytes(Second));

        second.Id.Should().BeSameAs(id);
        second.Model.Should().BeSameAs(model);
        second.SystemFingerprint.Should().BeSameAs(fingerprint);
        second.Content.Should().Be("lo");
    }

    [Fact]
    public void Fields_a_chunk_does_not_have_are_not_carried_over_from_the_previous_chunk()
    {
        var reader = new StreamChunkReader();
        reader.Read(Encoding.UTF8.GetBytes(First));

        var last = reader.Read(Encoding.UTF8.GetBytes(Last));

        last.Should().BeEquivalentTo(new
        {
            HasChoice = true,
            HasDelta = true,
            Role = (string?)null,
            Content = (string?)null,
            SystemFingerprint = (string?)null,
            XGroq = (WireXGroq?)null,
            FinishReason = "stop",
        });
        last.Usage!.TotalTokens.Should().Be(5);
    }

    [Fact]
    public void Only_the_first_choice_is_read_and_a_null_delta_is_no_delta()
    {
        var chunk = new StreamChunkReader().Read(
            """{"choices":[{"index":0,"delta":null,"finish_reason":"length"},{"index":1,"delta":{"content":"other"}}]}"""u8);

        chunk.HasChoice.Should().BeTrue();
        chunk.HasDelta.Should().BeFalse();
        chunk.Content.Should().BeNull();
        chunk.FinishReason.Should().Be("length");
    }

    [Fact]
    public void Tool_call_deltas_executed_tools_and_annotations_are_read_with_the_completions_converters()
    {
        var chunk = new StreamChunkReader().Read(
            """{"choices":[{"delta":{"tool_calls":[{"index":1,"id":"c1","function":{"name":"f","arguments":"{}"}}],"executed_tools":[{"index":0,"type":"search","arguments":"{}"},"not a tool"],"annotations":{"unexpected":true}}}]}"""u8);

        chunk.ToolCalls.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Index = 1, Id = "c1", Function = new { Name = "f", Arguments = "{}" } });
        chunk.ExecutedTools.Should().ContainSingle().Which.Type.Should().Be("search");
        chunk.Annotations.Should().BeNull("an annotations value that is not an array reads as absent");
    }

    [Theory]
    [InlineData("""{"created":"yesterday","choices":[]}""")]
    [InlineData("""{"created":1e300,"choices":[]}""")]
    [InlineData("""{"id":42,"choices":[]}""")]
    [InlineData("""{"choices":{"index":0}}""")]
    [InlineData("""{"choices":[{"index":"0","delta":{}}]}""")]
    [InlineData("""{"choices":[{"delta":["content"]}]}""")]
    [InlineData("""{"choices":[{"delta":{"content":7}}]}""")]
    [InlineData("""{"choices":[{"delta":{}}]} {}""")]
    [InlineData("""{"choices":[{"delta":{"content":"cut""")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("")]
    public void A_chunk_of_the_wrong_shape_is_malformed_JSON_as_the_serializer_would_have_it(string json)
    {
        var read = () => new StreamChunkReader().Read(Encoding.UTF8.GetBytes(json));

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_string_that_is_not_valid_UTF8_is_malformed_JSON()
    {
        byte[] json = [.. "{\"choices\":[{\"delta\":{\"content\":\""u8, 0xC3, 0x28, .. "\"}}]}"u8];

        var read = () => new StreamChunkReader().Read(json);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task Streamed_updates_carry_no_raw_representation_and_the_text_of_every_chunk()
    {
        using var client = TestClients.Chat(CannedHandler.Sse(TestData.ToSse([First, Second, Last])));

        var updates = await TestClients.StreamAsync(client);

        updates.Should().HaveCount(3).And.OnlyContain(u => u.RawRepresentation == null);
        string.Concat(updates.Select(u => u.Text)).Should().Be("Hello");
        updates[0].AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_1");
        updates[2].Contents.OfType<UsageContent>().Should().ContainSingle().Which.Details.TotalTokenCount.Should().Be(5);
    }
}
