using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>GroqClientOptions.Timeout bounds every wait on the server, and only those: the caller's own time is the caller's.</summary>
public sealed class HostileTimeoutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // Generous for a loaded 2-core machine: the bound checked is "fails near the timeout", not a speed.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_error_answer_whose_body_stalls_fails_within_the_timeout(bool streaming)
    {
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.WriteHeadAsync(400, ct, "Content-Type: application/json", "Content-Length: 500");
            await exchange.WriteAsync("""{"error":{"message":"Bad""", ct);
            await Task.Delay(TimeSpan.FromSeconds(60), ct);
        });
        using var client = HostileClients.Chat(server, configure: o => o.Timeout = Timeout);

        var clock = Stopwatch.StartNew();
        var act = streaming
            ? () => client.GetStreamingResponseAsync(HostileClients.Hi, cancellationToken: Ct).ToListAsync(Ct).AsTask()
            : (Func<Task>)(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct));

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;

        clock.Elapsed.Should().BeLessThan(Timeout + Margin);
        thrown.Message.Should().Contain("within");
    }

    [Fact]
    public async Task A_successful_answer_whose_body_stalls_fails_within_the_timeout()
    {
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.WriteHeadAsync(200, ct, "Content-Type: application/json", "Content-Length: 5000");
            await exchange.WriteAsync(HostileClients.Completion[..40], ct);
            await Task.Delay(TimeSpan.FromSeconds(60), ct);
        });
        using var client = HostileClients.Chat(server, configure: o => o.Timeout = Timeout);

        var clock = Stopwatch.StartNew();
        await FluentActions.Awaiting(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct)).Should().ThrowAsync<GroqException>();

        clock.Elapsed.Should().BeLessThan(Timeout + Margin);
    }

    [Fact]
    public async Task A_caller_that_holds_each_update_longer_than_the_timeout_still_gets_the_whole_stream()
    {
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.StartChunkedAsync(200, "text/event-stream", ct);
            foreach (var text in (string[])["One ", "two ", "three."])
            {
                // Apart, so the client reads each from the network after the caller has held the one before.
                await exchange.WriteChunkAsync($"data: {HostileClients.Chunk(text)}\n\n", ct);
                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            }

            await exchange.WriteChunkAsync("data: [DONE]\n\n", ct);
            await exchange.EndChunkedAsync(ct);
        });
        using var client = HostileClients.Chat(server, configure: o => o.Timeout = Timeout);

        var text = new List<string>();
        await foreach (var update in client.GetStreamingResponseAsync(HostileClients.Hi, cancellationToken: Ct))
        {
            text.Add(update.Text);
            await Task.Delay(Timeout * 1.5, Ct); // the server sent everything long ago
        }

        string.Concat(text).Should().Be("One two three.");
    }
}
