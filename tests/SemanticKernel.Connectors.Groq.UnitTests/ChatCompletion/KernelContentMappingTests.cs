using System.Text.Json;
using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>How the SK service reads a ChatHistory onto the wire and shapes what it returns, as SK's OpenAI connector does.</summary>
public sealed class KernelContentMappingTests
{
    private static CancellationToken Ct => TestClients.Ct;

    [Theory]
    [InlineData("High", "high")]
    [InlineData("low", "low")]
    public async Task An_image_detail_level_in_the_metadata_is_sent_as_the_image_url_detail(string level, string expected)
    {
        var image = new ImageContent(new Uri("https://example.test/cat.png")) { Metadata = new Dictionary<string, object?> { ["ChatImageDetailLevel"] = level } };
        var history = new ChatHistory { new ChatMessageContent(AuthorRole.User, [new TextContent("What is it?"), image]) };

        var body = await BodyOfAsync(history);

        var part = body.GetProperty("messages")[0].GetProperty("content")[1];
        part.GetProperty("image_url").GetProperty("url").GetString().Should().Be("https://example.test/cat.png");
        part.GetProperty("image_url").GetProperty("detail").GetString().Should().Be(expected);
    }

    [Fact]
    public async Task Function_results_are_sent_as_SKs_connectors_write_them()
    {
        var call = new FunctionCallContent("Get", "Data", "c1");
        var history = new ChatHistory
        {
            new ChatMessageContent(AuthorRole.Assistant, [call, new FunctionCallContent("Get", "Data", "c2"), new FunctionCallContent("Get", "Data", "c3")]),
            new ChatMessageContent(AuthorRole.Tool, [
                new FunctionResultContent(call, new Reading("Paris", 21)),
                new FunctionResultContent("Get", "Data", "c2", new InvalidOperationException("Station down")),
                new FunctionResultContent("Get", "Data", "c3", new ImageContent(new Uri("https://example.test/map.png"))),
            ]),
        };

        var messages = (await BodyOfAsync(history)).GetProperty("messages");

        messages[0].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("Data-Get");
        messages[1].GetProperty("content").GetString().Should().Be("""{"City":"Paris","Degrees":21}""", "the type's own property names, as the classic connector sends them");
        messages[2].GetProperty("content").GetString().Should().Be("Error: Exception while invoking function. Station down");
        messages[3].GetProperty("content").GetString().Should().Be("Error: This model does not support image content in tool results.");
    }

    [Fact]
    public async Task A_tool_message_given_as_text_answers_the_call_named_in_its_metadata()
    {
        var history = new ChatHistory();
        history.AddMessage(AuthorRole.Tool, "rainy", metadata: new Dictionary<string, object?> { ["ChatCompletionsToolCall.Id"] = "call_7" });

        var message = (await BodyOfAsync(history)).GetProperty("messages")[0];

        message.GetProperty("role").GetString().Should().Be("tool");
        message.GetProperty("tool_call_id").GetString().Should().Be("call_7");
        message.GetProperty("content").GetString().Should().Be("rainy");
    }

    [Fact]
    public async Task A_tool_message_without_a_result_is_refused_before_sending()
    {
        var handler = CannedHandler.Json(TestData.Completion());
        var history = new ChatHistory { new ChatMessageContent(AuthorRole.Tool, "orphan") };

        var act = () => Service(handler).GetChatMessageContentsAsync(history, cancellationToken: Ct);

        await act.Should().ThrowAsync<NotSupportedException>().WithMessage("*No function result*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_streamed_update_has_the_classic_metadata_keys_even_when_empty()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.TextChunks)));

        var updates = new List<StreamingChatMessageContent>();
        await foreach (var update in Service(handler).GetStreamingChatMessageContentsAsync(new ChatHistory("Hi"), cancellationToken: Ct))
        {
            updates.Add(update);
        }

        updates.Should().AllSatisfy(u => u.Metadata.Should().ContainKeys("Id", "CompletionId", "CreatedAt", "SystemFingerprint", "Usage", "FinishReason"));
        updates[1].Metadata!["FinishReason"].Should().BeNull();
        updates[1].Role.Should().BeNull("only the chunk that names a role carries one, as in the classic connector");
        updates[0].Role.Should().Be(AuthorRole.Assistant);
        var last = updates[^1];
        last.Metadata!["FinishReason"].Should().Be("Stop");
        JsonSerializer.Serialize(last.Metadata["Usage"]).Should().Contain("\"InputTokenCount\":").And.Contain("\"OutputTokenCount\":");
    }

    private static GroqChatCompletionService Service(CannedHandler handler) =>
        new(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

    private static async Task<JsonElement> BodyOfAsync(ChatHistory history)
    {
        var handler = CannedHandler.Json(TestData.Completion());
        await Service(handler).GetChatMessageContentsAsync(history, cancellationToken: Ct);
        return handler.Requests.Single().BodyJson;
    }

    private sealed record Reading(string City, int Degrees);
}
