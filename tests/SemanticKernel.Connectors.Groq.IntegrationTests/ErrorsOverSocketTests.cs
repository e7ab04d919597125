using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

public sealed class ErrorsOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_model_throws_GroqException_with_model_not_found()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "no-such-model");

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var ex = (await act.Should().ThrowAsync<GroqException>()).Which;
        ex.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ex.ErrorCode.Should().Be("model_not_found");
        ex.ErrorType.Should().Be("invalid_request_error");
        ex.Message.Should().Contain("no-such-model").And.Contain("model_not_found");
        ex.RequestId.Should().StartWith("req_");
    }

    [Fact]
    public async Task Wrong_key_throws_401_and_the_key_appears_nowhere_in_the_exception()
    {
        const string wrongKey = "gsk_wrong_key_that_must_not_leak_123456";
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqChatClient("llama-3.3-70b-versatile", new GroqClientOptions { ApiKey = wrongKey, Endpoint = emulator.Endpoint, MaxRetries = 0 });

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var ex = (await act.Should().ThrowAsync<GroqException>()).Which;
        ex.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        ex.ErrorCode.Should().Be("invalid_api_key");
        ex.ToString().Should().NotContain(wrongKey);
        (ex.ResponseContent ?? string.Empty).Should().NotContain(wrongKey);
    }

    [Fact]
    public async Task Json_validate_failed_carries_failed_generation()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(400, "Failed to generate JSON. Please adjust your prompt.", code: "json_validate_failed", failedGeneration: "{\"a\":"));
        using var client = EmulatorClients.Chat(emulator);

        var act = () => client.GetResponseAsync("json please", new ChatOptions { ResponseFormat = ChatResponseFormat.Json }, Ct);

        var ex = (await act.Should().ThrowAsync<GroqException>()).Which;
        ex.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ex.ErrorCode.Should().Be("json_validate_failed");
        ex.FailedGeneration.Should().Be("{\"a\":");
    }

    [Fact]
    public async Task Rate_limit_429_exposes_retry_after_and_rate_limits_when_retries_are_off()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limit reached for model", "tokens", "rate_limit_exceeded").WithHeader("retry-after", "7"));
        using var client = EmulatorClients.Chat(emulator);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var ex = (await act.Should().ThrowAsync<GroqException>()).Which;
        ex.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        ex.ErrorCode.Should().Be("rate_limit_exceeded");
        ex.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        emulator.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Rate_limit_429_is_retried_after_retry_after_and_then_succeeds()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limit reached", "tokens", "rate_limit_exceeded").WithHeader("retry-after-ms", "50"));
        using var client = EmulatorClients.Chat(emulator, maxRetries: 2);

        var response = await client.GetResponseAsync("hi", cancellationToken: Ct);

        response.Text.Should().Be("You asked: hi");
        emulator.Requests.Select(r => r.StatusCode).Should().Equal(429, 200);
    }

    [Fact]
    public async Task Bad_request_is_not_retried()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(400, "context_length_exceeded", code: "context_length_exceeded"));
        using var client = EmulatorClients.Chat(emulator, maxRetries: 2);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.ErrorCode.Should().Be("context_length_exceeded");
        emulator.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Connection_cut_mid_stream_throws_GroqException_after_the_delivered_updates()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Text("one two three four five six seven").WithCutAfterChunks(3));
        using var client = EmulatorClients.Chat(emulator);
        var received = new List<ChatResponseUpdate>();

        var act = async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("count", cancellationToken: Ct))
            {
                received.Add(update);
            }
        };

        await act.Should().ThrowAsync<GroqException>();
        received.Should().HaveCount(3);
        emulator.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Event_error_inside_a_stream_throws_GroqException_with_groq_code()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.RawSse(
            "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"llama-3.3-70b-versatile\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n" +
            "event: error\ndata: {\"error\":{\"message\":\"Service overloaded\",\"type\":\"internal_server_error\",\"code\":\"service_unavailable\"}}\n\n"));
        using var client = EmulatorClients.Chat(emulator);

        var act = async () => await client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct);

        var ex = (await act.Should().ThrowAsync<GroqException>()).Which;
        ex.ErrorCode.Should().Be("service_unavailable");
        ex.Message.Should().Contain("Service overloaded");
    }

    [Fact]
    public async Task Slow_server_beyond_the_timeout_throws_GroqException()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Text("late").WithDelay(TimeSpan.FromSeconds(5)));
        var options = EmulatorClients.Options(emulator);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        using var client = new GroqChatClient("llama-3.3-70b-versatile", options);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("did not answer");
    }
}
