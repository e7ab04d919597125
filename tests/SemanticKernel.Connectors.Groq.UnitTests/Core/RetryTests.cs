using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>Which answers are retried (408, 409, 429, 5xx), honouring <c>x-should-retry</c> and <c>retry-after-ms</c>.</summary>
public sealed class RetryTests
{
    private const string Error = """{"error":{"message":"try again","type":"server_error","code":"busy"}}""";

    private static CannedHandler FailingThenOk(HttpStatusCode status) =>
        CannedHandler.Json(Error, status).WithHeader("retry-after-ms", "1").Then(HttpStatusCode.OK, TestData.Completion("recovered"));

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Retryable_status_is_retried_and_the_second_answer_returned(HttpStatusCode status)
    {
        var handler = FailingThenOk(status);
        using var client = TestClients.Chat(handler, maxRetries: 1);

        var response = await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        response.Text.Should().Be("recovered");
        handler.Requests.Should().HaveCount(2);
        handler.Requests[1].Body.Should().Equal(handler.Requests[0].Body);
        handler.Requests[1].Header("Authorization").Should().Be("Bearer gsk_test");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData((HttpStatusCode)498)]
    public async Task Non_retryable_status_is_not_retried(HttpStatusCode status)
    {
        var handler = FailingThenOk(status);
        using var client = TestClients.Chat(handler, maxRetries: 2);

        Func<Task> act = () => client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.StatusCode.Should().Be(status);
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task X_should_retry_false_stops_a_retry_of_a_500()
    {
        var handler = CannedHandler.Json(Error, HttpStatusCode.InternalServerError).WithHeader("x-should-retry", "false")
            .Then(HttpStatusCode.OK, TestData.Completion());
        using var client = TestClients.Chat(handler, maxRetries: 2);

        Func<Task> act = () => client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        await act.Should().ThrowAsync<GroqException>();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task X_should_retry_true_retries_a_400()
    {
        var handler = CannedHandler.Json(Error, HttpStatusCode.BadRequest).WithHeader("x-should-retry", "true").WithHeader("retry-after-ms", "1")
            .Then(HttpStatusCode.OK, TestData.Completion("second"));
        using var client = TestClients.Chat(handler, maxRetries: 1);

        var response = await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        response.Text.Should().Be("second");
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task X_should_retry_true_on_a_successful_answer_does_not_throw_the_answer_away()
    {
        // As Groq's SDKs: the header is only consulted for a failed answer; a 2xx is never sent again.
        var handler = CannedHandler.Json(TestData.Completion("first")).WithHeader("x-should-retry", "true").WithHeader("retry-after-ms", "1")
            .Then(HttpStatusCode.OK, TestData.Completion("second"));
        using var client = TestClients.Chat(handler, maxRetries: 1);

        var response = await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        response.Text.Should().Be("first");
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Every_attempt_span_of_a_successful_answer_marked_x_should_retry_is_ended()
    {
        using var spans = new AttemptSpans();
        var handler = CannedHandler.Json(TestData.Completion("first")).WithHeader("x-should-retry", "true").WithHeader("retry-after-ms", "1")
            .Then(HttpStatusCode.OK, TestData.Completion("second"));
        using var client = TestClients.Chat(handler, maxRetries: 1);

        await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        spans.Started().Should().NotBeEmpty().And.OnlyContain(span => span.IsStopped);
    }

    [Fact]
    public async Task Exhausted_retries_throw_the_last_error_after_max_retries_plus_one_attempts()
    {
        var handler = CannedHandler.Json(Error, HttpStatusCode.ServiceUnavailable).WithHeader("retry-after-ms", "1");
        using var client = TestClients.Chat(handler, maxRetries: 2);

        Func<Task> act = () => client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        exception.ErrorCode.Should().Be("busy");
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Streaming_request_is_retried_before_any_content_arrives()
    {
        var handler = CannedHandler.Json(Error, HttpStatusCode.TooManyRequests).WithHeader("retry-after-ms", "1")
            .Then(HttpStatusCode.OK, TestData.ToSse(TestData.ChunkLines(TestData.ToolCallChunks)), "text/event-stream");
        using var client = TestClients.Chat(handler, maxRetries: 1);

        var updates = await TestClients.StreamAsync(client);

        updates.Should().HaveCount(3);
        handler.Requests.Should().HaveCount(2);
        handler.Requests.Should().OnlyContain(r => r.Header("Accept") == "text/event-stream");
    }
}
