using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary><c>stream</c>, and Groq's JSON mode, which cannot stream and takes no stop sequences.</summary>
public sealed class StreamingRequestTests
{
    private const string JsonAnswer = """{"answer":3}""";

    [Fact]
    public async Task Non_streaming_request_has_no_stream_key()
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler);

        await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        handler.Requests.Single().BodyJson.Has("stream").Should().BeFalse();
    }

    [Fact]
    public async Task Streaming_request_sends_stream_true()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.ToolCallChunks)));
        using var client = TestClients.Chat(handler);

        await TestClients.StreamAsync(client);

        var body = handler.Requests.Single().BodyJson;
        body.GetProperty("stream").ValueKind.Should().Be(JsonValueKind.True);
        body.Has("stream_options").Should().BeFalse();
    }

    [Fact]
    public async Task Json_mode_with_stop_sequences_throws_naming_StopSequences()
    {
        var handler = CannedHandler.Json(TestData.Completion(JsonAnswer));
        using var client = TestClients.Chat(handler);

        Func<Task> act = () => client.GetResponseAsync(
            TestClients.Hi, new ChatOptions { ResponseFormat = ChatResponseFormat.Json, StopSequences = ["END"] }, TestClients.Ct);

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("StopSequences");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Json_mode_with_stop_sequences_throws_when_streaming_too()
    {
        var handler = CannedHandler.Json(TestData.Completion(JsonAnswer));
        using var client = TestClients.Chat(handler);

        Func<Task> act = () => TestClients.StreamAsync(client, new ChatOptions { ResponseFormat = ChatResponseFormat.Json, StopSequences = ["END"] });

        (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("StopSequences");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Json_mode_with_streaming_makes_one_non_streaming_request()
    {
        var handler = CannedHandler.Json(TestData.Completion(JsonAnswer));
        using var client = TestClients.Chat(handler);

        await TestClients.StreamAsync(client, new ChatOptions { ResponseFormat = ChatResponseFormat.Json });

        var request = handler.Requests.Should().ContainSingle().Subject;
        request.BodyJson.Has("stream").Should().BeFalse();
        request.BodyJson.GetProperty("response_format").Str("type").Should().Be("json_object");
        request.Header("Accept").Should().Be("application/json");
    }

    [Fact]
    public async Task Json_mode_with_streaming_yields_one_update_with_the_whole_text_and_usage()
    {
        var handler = CannedHandler.Json(TestData.Completion(JsonAnswer));
        using var client = TestClients.Chat(handler);

        var updates = await TestClients.StreamAsync(client, new ChatOptions { ResponseFormat = ChatResponseFormat.Json });

        var update = updates.Should().ContainSingle().Subject;
        update.Text.Should().Be(JsonAnswer);
        update.Role.Should().Be(ChatRole.Assistant);
        update.ResponseId.Should().Be("chatcmpl-test");
        update.MessageId.Should().Be("chatcmpl-test");
        update.FinishReason.Should().Be(ChatFinishReason.Stop);
        var usage = update.Contents.OfType<UsageContent>().Should().ContainSingle().Subject.Details;
        usage.InputTokenCount.Should().Be(18);
        usage.OutputTokenCount.Should().Be(9);
        usage.TotalTokenCount.Should().Be(27);
        update.AdditionalProperties![GroqMetadataKeys.RequestId].Should().Be("req_test");
    }

    [Fact]
    public async Task Json_schema_with_streaming_makes_one_non_streaming_request()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"answer":{"type":"integer"}}}""");
        var handler = CannedHandler.Json(TestData.Completion(JsonAnswer));
        using var client = TestClients.Chat(handler);

        var updates = await TestClients.StreamAsync(
            client, new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "result") });

        updates.Should().ContainSingle().Which.Text.Should().Be(JsonAnswer);
        var body = handler.Requests.Should().ContainSingle().Subject.BodyJson;
        body.Has("stream").Should().BeFalse();
        body.GetProperty("response_format").Str("type").Should().Be("json_schema");
    }

    [Fact]
    public async Task Text_response_format_still_streams()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.ToolCallChunks)));
        using var client = TestClients.Chat(handler);

        var updates = await TestClients.StreamAsync(client, new ChatOptions { ResponseFormat = ChatResponseFormat.Text });

        updates.Should().HaveCount(3);
        handler.Requests.Single().BodyJson.GetProperty("stream").GetBoolean().Should().BeTrue();
    }
}
