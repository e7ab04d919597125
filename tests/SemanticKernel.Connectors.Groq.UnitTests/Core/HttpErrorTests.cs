using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>Non-success HTTP answers become <see cref="GroqException"/> with Groq's error details and headers.</summary>
public sealed class HttpErrorTests
{
    private const string JsonValidateFailed =
        """{"error":{"message":"Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.","type":"invalid_request_error","code":"json_validate_failed","failed_generation":"{\"answer\": three}"}}""";

    private static async Task<GroqException> FailAsync(CannedHandler handler)
    {
        using var client = TestClients.Chat(handler);
        Func<Task> act = () => client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
        return (await act.Should().ThrowAsync<GroqException>()).Which;
    }

    [Fact]
    public async Task Json_validate_failed_400_becomes_GroqException_with_groq_error_fields()
    {
        var exception = await FailAsync(CannedHandler.Json(JsonValidateFailed, HttpStatusCode.BadRequest));

        exception.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        exception.ErrorCode.Should().Be("json_validate_failed");
        exception.ErrorType.Should().Be("invalid_request_error");
        exception.FailedGeneration.Should().Be("{\"answer\": three}");
        exception.Message.Should().Contain("Failed to generate JSON. Please adjust your prompt.").And.Contain("json_validate_failed");
        exception.ResponseContent.Should().Be(JsonValidateFailed);
    }

    [Fact]
    public async Task Error_param_is_exposed()
    {
        const string body = """{"error":{"message":"'messages.0' : property 'name' is unsupported","type":"invalid_request_error","param":"messages.0.name"}}""";

        var exception = await FailAsync(CannedHandler.Json(body, HttpStatusCode.BadRequest));

        exception.Param.Should().Be("messages.0.name");
        exception.ErrorCode.Should().BeNull();
        exception.Message.Should().Contain("property 'name' is unsupported");
    }

    [Fact]
    public async Task Request_id_and_rate_limit_headers_are_read_onto_the_exception()
    {
        var handler = CannedHandler.Json(JsonValidateFailed, HttpStatusCode.BadRequest)
            .WithHeader("x-request-id", "req_01kh52m3qqem4sw141xf026ehx")
            .WithHeader("x-ratelimit-limit-requests", "14400")
            .WithHeader("x-ratelimit-limit-tokens", "6000")
            .WithHeader("x-ratelimit-remaining-requests", "14370")
            .WithHeader("x-ratelimit-remaining-tokens", "5997")
            .WithHeader("x-ratelimit-reset-requests", "2m59.56s")
            .WithHeader("x-ratelimit-reset-tokens", "350ms");

        var exception = await FailAsync(handler);

        exception.RequestId.Should().Be("req_01kh52m3qqem4sw141xf026ehx");
        exception.RateLimits.Should().NotBeNull();
        exception.RateLimits!.LimitRequests.Should().Be(14400);
        exception.RateLimits.LimitTokens.Should().Be(6000);
        exception.RateLimits.RemainingRequests.Should().Be(14370);
        exception.RateLimits.RemainingTokens.Should().Be(5997);
        exception.RateLimits.ResetRequests.Should().Be(TimeSpan.FromMilliseconds(179_560));
        exception.RateLimits.ResetTokens.Should().Be(TimeSpan.FromMilliseconds(350));
    }

    [Fact]
    public async Task Error_without_rate_limit_headers_has_null_RateLimits_and_RequestId()
    {
        var exception = await FailAsync(CannedHandler.Json(JsonValidateFailed, HttpStatusCode.BadRequest));

        exception.RateLimits.Should().BeNull();
        exception.RequestId.Should().BeNull();
        exception.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task Rate_limited_429_with_retry_after_7_gives_RetryAfter_of_7_seconds()
    {
        const string body = """{"error":{"message":"Rate limit reached for model `llama-3.3-70b-versatile` on tokens per minute (TPM): Limit 6000, Used 5990, Requested 120. Please try again in 7s.","type":"tokens","code":"rate_limit_exceeded"}}""";
        var handler = CannedHandler.Json(body, HttpStatusCode.TooManyRequests)
            .WithHeader("retry-after", "7")
            .WithHeader("x-ratelimit-remaining-tokens", "10")
            .WithHeader("x-ratelimit-reset-tokens", "7.66s");

        var exception = await FailAsync(handler);

        exception.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        exception.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        exception.ErrorCode.Should().Be("rate_limit_exceeded");
        exception.ErrorType.Should().Be("tokens");
        exception.RateLimits!.RemainingTokens.Should().Be(10);
        exception.RateLimits.ResetTokens.Should().Be(TimeSpan.FromMilliseconds(7_660));
        handler.Requests.Should().ContainSingle("MaxRetries is 0");
    }

    [Fact]
    public async Task Retry_after_ms_takes_precedence_over_retry_after()
    {
        var handler = CannedHandler.Json(JsonValidateFailed, HttpStatusCode.TooManyRequests)
            .WithHeader("retry-after-ms", "1500")
            .WithHeader("retry-after", "7");

        var exception = await FailAsync(handler);

        exception.RetryAfter.Should().Be(TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_becomes_the_time_until_that_date()
    {
        string date = DateTimeOffset.UtcNow.AddSeconds(30).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var handler = CannedHandler.Json(JsonValidateFailed, HttpStatusCode.TooManyRequests).WithHeader("retry-after", date);

        var exception = await FailAsync(handler);

        exception.RetryAfter.Should().NotBeNull();
        exception.RetryAfter!.Value.Should().BeCloseTo(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Non_json_error_body_keeps_status_and_body_text()
    {
        const string body = "<html><body>502 Bad Gateway</body></html>";

        var exception = await FailAsync(CannedHandler.Text(body, HttpStatusCode.BadGateway));

        exception.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        exception.ResponseContent.Should().Be(body);
        exception.Message.Should().Contain("502").And.Contain("502 Bad Gateway</body>");
        exception.ErrorCode.Should().BeNull();
        exception.ErrorType.Should().BeNull();
    }

    [Fact]
    public async Task Api_key_echoed_in_the_error_body_never_appears_in_the_exception()
    {
        string body = $$$"""{"error":{"message":"Invalid API Key: {{{TestClients.ApiKey}}}","type":"invalid_request_error","code":"invalid_api_key","failed_generation":"{{{TestClients.ApiKey}}}"}}""";

        var exception = await FailAsync(CannedHandler.Json(body, HttpStatusCode.Unauthorized).WithHeader("x-request-id", "req_key"));

        exception.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        exception.ErrorCode.Should().Be("invalid_api_key");
        exception.Message.Should().Contain("Invalid API Key").And.NotContain(TestClients.ApiKey);
        exception.ToString().Should().NotContain(TestClients.ApiKey);
        exception.ResponseContent.Should().NotContain(TestClients.ApiKey);
        (exception.FailedGeneration ?? string.Empty).Should().NotContain(TestClients.ApiKey);
    }

    [Fact]
    public async Task Api_key_echoed_in_a_non_json_error_body_never_appears_in_the_exception()
    {
        string body = $"Unauthorized: Bearer {TestClients.ApiKey}";

        var exception = await FailAsync(CannedHandler.Text(body, HttpStatusCode.Unauthorized));

        exception.Message.Should().Contain("Unauthorized").And.NotContain(TestClients.ApiKey);
        exception.ToString().Should().NotContain(TestClients.ApiKey);
        exception.ResponseContent.Should().NotContain(TestClients.ApiKey);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "model_not_found")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "request_too_large")]
    [InlineData((HttpStatusCode)498, "capacity_exceeded")]
    [InlineData(HttpStatusCode.InternalServerError, "internal_server_error")]
    public async Task Other_error_statuses_become_GroqException_with_their_status_and_code(HttpStatusCode status, string code)
    {
        string body = $$$"""{"error":{"message":"failure {{{code}}}","type":"invalid_request_error","code":"{{{code}}}"}}""";

        var exception = await FailAsync(CannedHandler.Json(body, status));

        exception.StatusCode.Should().Be(status);
        exception.ErrorCode.Should().Be(code);
        exception.Message.Should().Contain("failure " + code);
    }

    [Fact]
    public async Task Streaming_request_answered_with_an_http_error_throws_GroqException()
    {
        var handler = CannedHandler.Json(JsonValidateFailed, HttpStatusCode.BadRequest).WithHeader("x-request-id", "req_stream");
        using var client = TestClients.Chat(handler);

        Func<Task> act = () => TestClients.StreamAsync(client);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        exception.ErrorCode.Should().Be("json_validate_failed");
        exception.RequestId.Should().Be("req_stream");
    }
}
