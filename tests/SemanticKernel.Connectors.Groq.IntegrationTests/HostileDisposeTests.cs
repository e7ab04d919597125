using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// A disposed client refuses new calls with <see cref="ObjectDisposedException"/> before sending anything; calls already in
/// flight, streams included, run to their end; the caller's <see cref="HttpClient"/> is never disposed.
/// </summary>
public sealed class HostileDisposeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_disposed_chat_client_refuses_new_calls_and_streams_without_sending()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", HostileClients.Completion, ct));
        var client = HostileClients.Chat(server);
        client.Dispose();

        var call = () => client.GetResponseAsync("hi", cancellationToken: Ct);
        var stream = () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask();

        (await call.Should().ThrowAsync<ObjectDisposedException>()).Which.ObjectName.Should().Contain(nameof(GroqChatClient));
        await stream.Should().ThrowAsync<ObjectDisposedException>();
        server.Requests.Should().Be(0);
    }

    [Fact]
    public async Task A_call_in_flight_when_the_chat_client_is_disposed_completes_and_the_callers_HttpClient_stays_usable()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            arrived.TrySetResult();
            await release.Task.WaitAsync(ct);
            await exchange.RespondAsync(200, "application/json", HostileClients.Completion, ct);
        });
        using var http = new HttpClient();
        var client = HostileClients.Chat(server, httpClient: http);

        var inFlight = client.GetResponseAsync("hi", cancellationToken: Ct);
        await arrived.Task.WaitAsync(Ct);
        client.Dispose();
        release.SetResult();

        (await inFlight).Text.Should().Be("Hello");
        using var direct = await http.GetAsync(server.Endpoint, Ct);
        direct.IsSuccessStatusCode.Should().BeTrue("the caller's HttpClient is not disposed with the Groq client");
    }

    [Fact]
    public async Task A_stream_being_read_when_the_chat_client_is_disposed_runs_to_its_end()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.StartChunkedAsync(200, "text/event-stream", ct);
            await exchange.WriteChunkAsync("data: " + HostileClients.Chunk("Hel") + "\n\n", ct);
            await release.Task.WaitAsync(ct);
            await exchange.WriteChunkAsync("data: " + HostileClients.Chunk("lo") + "\n\ndata: [DONE]\n\n", ct);
            await exchange.EndChunkedAsync(ct);
        });
        var client = HostileClients.Chat(server);
        var text = new List<string>();

        await foreach (var update in client.GetStreamingResponseAsync("hi", cancellationToken: Ct))
        {
            text.Add(update.Text);
            if (text.Count == 1)
            {
                client.Dispose();
                release.SetResult();
            }
        }

        string.Concat(text).Should().Be("Hello");
    }

    [Fact]
    public async Task Disposed_speech_to_text_and_text_to_speech_clients_refuse_new_calls_without_sending()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", """{"text":"hi"}""", ct));
        var transcriber = new GroqSpeechToTextClient("whisper-large-v3", HostileClients.Options(server));
        var speaker = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", HostileClients.Options(server));
        transcriber.Dispose();
        speaker.Dispose();
        using var audio = new MemoryStream(ToneWav.Bytes(16_000, 440));

        var transcribe = () => transcriber.GetTextAsync(audio, cancellationToken: Ct);
        var speak = () => speaker.GetAudioAsync("hi", cancellationToken: Ct);

        await transcribe.Should().ThrowAsync<ObjectDisposedException>();
        await speak.Should().ThrowAsync<ObjectDisposedException>();
        server.Requests.Should().Be(0);
    }
}
