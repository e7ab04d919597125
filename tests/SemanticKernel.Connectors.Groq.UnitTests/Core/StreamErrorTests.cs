using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>Errors delivered inside an SSE stream, and a stream cut short, throw <see cref="GroqException"/>.</summary>
public sealed class StreamErrorTests
{
    private const string FirstChunk =
        """{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"x_groq":{"id":"req_s"}}""";

    private const string TextChunk =
        """{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}""";

    private const string ServerError = """{"error":{"message":"Service unavailable, please retry","type":"internal_server_error","code":"service_unavailable"}}""";

    private static async Task<(GroqException Exception, List<ChatResponseUpdate> Received)> StreamFailsAsync(string sse)
    {
        using var client = TestClients.Chat(CannedHandler.Sse(sse).WithHeader("x-request-id", "req_s"));
        var received = new List<ChatResponseUpdate>();
        Func<Task> act = async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct))
            {
                received.Add(update);
            }
        };

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        return (exception, received);
    }

    [Fact]
    public async Task A_stream_that_fails_after_its_200_marks_its_attempt_span_failed()
    {
        using var spans = new AttemptSpans();
        string sse = TestData.ToSse([FirstChunk, TextChunk], done: false) + $"event: error\ndata: {ServerError}\n\n";

        await StreamFailsAsync(sse);

        var attempt = spans.Started().Should().ContainSingle().Subject;
        attempt.IsStopped.Should().BeTrue();
        attempt.Status.Should().Be(System.Diagnostics.ActivityStatusCode.Error);
        attempt.GetTagItem("http.response.status_code").Should().Be(200);
        attempt.GetTagItem("error.type").Should().Be(typeof(GroqException).FullName);
    }

    [Fact]
    public async Task Event_error_in_the_stream_throws_GroqException_with_the_groq_error()
    {
        string sse = TestData.ToSse([FirstChunk, TextChunk], done: false) + $"event: error\ndata: {ServerError}\n\n";

        var (exception, received) = await StreamFailsAsync(sse);

        exception.ErrorCode.Should().Be("service_unavailable");
        exception.ErrorType.Should().Be("internal_server_error");
        exception.Message.Should().Contain("Service unavailable, please retry").And.Contain("service_unavailable");
        exception.RequestId.Should().Be("req_s");
        received.Should().HaveCount(2);
        received[1].Text.Should().Be("Hel");
    }

    [Fact]
    public async Task Data_chunk_holding_error_throws_GroqException()
    {
        string sse = TestData.ToSse([FirstChunk, ServerError]);

        var (exception, received) = await StreamFailsAsync(sse);

        exception.ErrorCode.Should().Be("service_unavailable");
        exception.Message.Should().Contain("Service unavailable, please retry");
        received.Should().ContainSingle();
    }

    [Fact]
    public async Task Chunk_with_x_groq_error_throws_GroqException()
    {
        const string stopped =
            """{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{},"finish_reason":null}],"x_groq":{"id":"req_s","error":"The model stopped early: over capacity"}}""";
        string sse = TestData.ToSse([FirstChunk, TextChunk, stopped]);

        var (exception, received) = await StreamFailsAsync(sse);

        exception.Message.Should().Contain("The model stopped early: over capacity");
        exception.RequestId.Should().Be("req_s");
        received.Should().HaveCount(2);
    }

    [Fact]
    public async Task Chunk_with_an_x_groq_error_object_throws_GroqException_with_its_code()
    {
        const string stopped =
            """{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[],"x_groq":{"id":"req_s","error":{"message":"tool call validation failed","type":"invalid_request_error","code":"tool_use_failed","failed_generation":"<function=weather>"}}}""";
        string sse = TestData.ToSse([FirstChunk, stopped]);

        var (exception, _) = await StreamFailsAsync(sse);

        exception.ErrorCode.Should().Be("tool_use_failed");
        exception.FailedGeneration.Should().Be("<function=weather>");
        exception.Message.Should().Contain("tool call validation failed");
    }

    [Fact]
    public async Task Stream_ending_without_done_throws_GroqException()
    {
        var lines = TestData.ChunkLines(TestData.TextChunks);
        string sse = TestData.ToSse(lines, done: false);

        var (exception, received) = await StreamFailsAsync(sse);

        exception.Message.Should().Contain("[DONE]");
        exception.RequestId.Should().Be("req_s");
        received.Should().HaveCount(lines.Length);
    }

    [Fact]
    public async Task Stream_cut_mid_answer_throws_GroqException()
    {
        var (exception, received) = await StreamFailsAsync(TestData.ToSse([FirstChunk, TextChunk], done: false));

        exception.Should().BeOfType<GroqException>();
        received.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("data: [DONE]")]
    [InlineData("data: [DONE]\n")]
    [InlineData("data: [DONE]\r\n")]
    public async Task Done_without_the_final_blank_line_ends_the_stream_as_the_OpenAI_SDK_accepts_it(string ending)
    {
        string sse = TestData.ToSse([FirstChunk, TextChunk], done: false) + ending;
        using var client = TestClients.Chat(CannedHandler.Sse(sse));

        var updates = await client.GetStreamingResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct).ToListAsync(TestClients.Ct);

        updates.Should().HaveCount(2);
        updates[1].Text.Should().Be("Hel");
    }

    [Fact]
    public async Task A_stream_whose_body_stops_inside_a_chunk_is_reported_as_cut_not_as_malformed()
    {
        string sse = TestData.ToSse([FirstChunk], done: false) + "data: " + TextChunk[..40];

        var (exception, received) = await StreamFailsAsync(sse);

        exception.Message.Should().NotContain("malformed");
        exception.Message.Should().Be(GroqErrors.StreamEndedEarly(null, null).Message);
        received.Should().ContainSingle();
    }

    [Fact]
    public async Task Api_key_echoed_in_a_stream_error_never_appears_in_the_exception()
    {
        string error = $$$"""{"error":{"message":"Key {{{TestClients.ApiKey}}} was revoked","type":"invalid_request_error","code":"invalid_api_key"}}""";
        string sse = TestData.ToSse([FirstChunk], done: false) + $"event: error\ndata: {error}\n\n";

        var (exception, _) = await StreamFailsAsync(sse);

        exception.ErrorCode.Should().Be("invalid_api_key");
        exception.Message.Should().Contain("was revoked").And.NotContain(TestClients.ApiKey);
        exception.ToString().Should().NotContain(TestClients.ApiKey);
        (exception.ResponseContent ?? string.Empty).Should().NotContain(TestClients.ApiKey);
    }
}
