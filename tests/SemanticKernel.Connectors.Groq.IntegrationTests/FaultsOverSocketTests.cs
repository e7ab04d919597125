using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Server and network faults over real sockets: what the caller gets, and that no connection is left behind.</summary>
public sealed class FaultsOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_503_storm_beyond_the_retry_budget_throws_with_the_last_status_after_every_attempt()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        for (int i = 0; i < 3; i++)
        {
            emulator.Enqueue(EmulatorResponse.Error(503, $"Over capacity {i}", "internal_server_error").WithHeader("retry-after-ms", "10"));
        }

        using var client = EmulatorClients.Chat(emulator, maxRetries: 2);

        var thrown = (await FluentActions.Awaiting(() => client.GetResponseAsync("Hi", cancellationToken: Ct)).Should().ThrowAsync<GroqException>()).Which;

        thrown.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        thrown.Message.Should().Contain("Over capacity 2");
        emulator.Requests.Should().HaveCount(3).And.OnlyContain(r => r.StatusCode == 503);
    }

    [Fact]
    public async Task A_connection_reset_before_headers_is_retried_and_without_retries_says_Groq_was_unreachable()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var retrying = EmulatorClients.Chat(emulator, maxRetries: 1);
        using var once = EmulatorClients.Chat(emulator, maxRetries: 0);

        emulator.Enqueue(EmulatorResponse.ConnectionReset());
        var answer = await retrying.GetResponseAsync("Hi", cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.ConnectionReset());
        var thrown = (await FluentActions.Awaiting(() => once.GetResponseAsync("Hi", cancellationToken: Ct)).Should().ThrowAsync<GroqException>()).Which;

        answer.Text.Should().Be("You asked: Hi");
        thrown.Message.Should().Contain("Could not reach Groq");
        thrown.InnerException.Should().BeOfType<HttpRequestException>();
        emulator.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_stream_that_ends_without_done_throws_after_the_delivered_updates()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.RawSse(
            "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"llama-3.3-70b-versatile\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Half\"},\"finish_reason\":null}]}\n\n"));
        using var client = EmulatorClients.Chat(emulator);
        var texts = new List<string>();

        Func<Task> act = async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("Hi", cancellationToken: Ct))
            {
                texts.Add(update.Text);
            }
        };

        (await act.Should().ThrowAsync<GroqException>()).WithMessage("*[DONE]*");
        texts.Should().Equal("Half");
    }

    [Fact]
    public async Task A_stream_that_goes_quiet_longer_than_the_timeout_throws_and_a_shorter_pause_is_fine()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqChatClient(
            "llama-3.3-70b-versatile", new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint, MaxRetries = 0, Timeout = TimeSpan.FromSeconds(1) });
        var texts = new List<string>();

        emulator.Enqueue(EmulatorResponse.Text("one two three four five six").WithStallAfterChunks(3, TimeSpan.FromMilliseconds(300)));
        var paused = await client.GetStreamingResponseAsync("Hi", cancellationToken: Ct).ToListAsync(Ct);
        emulator.Enqueue(EmulatorResponse.Text("one two three four five six").WithStallAfterChunks(3, TimeSpan.FromSeconds(30)));
        Func<Task> stalled = async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync("Hi", cancellationToken: Ct))
            {
                texts.Add(update.Text);
            }
        };

        string.Concat(paused.Select(u => u.Text)).Should().Be("one two three four five six");
        (await stalled.Should().ThrowAsync<GroqException>()).WithMessage("*sent nothing for 00:00:01*Timeout*");
        texts.Should().NotBeEmpty().And.HaveCountLessThan(paused.Count);
    }

    [Fact]
    public async Task A_malformed_json_answer_throws_GroqException_with_the_request_id()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.RawBody(200, "{\"id\": \"chatcmpl-1\", \"choices\": [ {"));
        using var client = EmulatorClients.Chat(emulator);

        var thrown = (await FluentActions.Awaiting(() => client.GetResponseAsync("Hi", cancellationToken: Ct)).Should().ThrowAsync<GroqException>()).Which;

        thrown.RequestId.Should().StartWith("req_");
        thrown.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public async Task Cancelling_while_sending_or_streaming_leaves_no_connection_open()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var handler = new SocketsHttpHandler();
        using var http = new HttpClient(handler);
        using var client = new GroqChatClient("llama-3.3-70b-versatile", EmulatorClients.Options(emulator), http);
        int port = emulator.Endpoint.Port;
        await client.GetResponseAsync("Warm up", cancellationToken: Ct);
        LoopbackConnections.OpenTo(port).Should().Be(1, "the counter sees the pooled connection of a finished call");

        for (int i = 0; i < 10; i++)
        {
            emulator.Enqueue(EmulatorResponse.Text("late").WithDelay(TimeSpan.FromSeconds(10)));
            using var whileSending = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            whileSending.CancelAfter(TimeSpan.FromMilliseconds(50));
            await FluentActions.Awaiting(() => client.GetResponseAsync("Hi", cancellationToken: whileSending.Token)).Should().ThrowAsync<OperationCanceledException>();

            using var whileStreaming = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            await FluentActions.Awaiting(async () =>
            {
                await foreach (var update in client.GetStreamingResponseAsync("Tell me a long story about sockets", cancellationToken: whileStreaming.Token))
                {
                    await whileStreaming.CancelAsync();
                }
            }).Should().ThrowAsync<OperationCanceledException>();
        }

        var answer = await client.GetResponseAsync("Still there?", cancellationToken: Ct);

        answer.Text.Should().Be("You asked: Still there?");
        LoopbackConnections.OpenTo(port).Should().BeLessThanOrEqualTo(1, "cancelled requests closed their connections; only the pooled one of the last call may stay");
    }
}
