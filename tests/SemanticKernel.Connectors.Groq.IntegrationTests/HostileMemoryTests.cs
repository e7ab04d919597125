using System.Globalization;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Whatever size a server claims or sends, the client holds at most a small multiple of its limits: measured as the
/// process's allocations while the call runs, so these tests run alone.
/// </summary>
[Collection(ProcessWideMeasurements.Name)]
public sealed class HostileMemoryTests
{
    private const int MiB = 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_declared_2_GB_body_is_refused_from_its_length_without_reading_it()
    {
        var piece = HostileClients.Repeat(' ', MiB); // the server's own bytes, made before the measurement
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.WriteHeadAsync(200, ct, "Content-Type: application/json", "Content-Length: 2147483648");
            for (int i = 0; i < 2048; i++)
            {
                await exchange.WriteAsync(piece, ct);
            }
        });
        using var client = HostileClients.Chat(server);

        var (thrown, allocated) = await MeasureAsync(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct));

        thrown.Message.Should().Contain("GroqClientOptions.MaxResponseBytes");
        allocated.Should().BeLessThan(8L * MiB);
    }

    [Fact]
    public async Task An_endless_body_stops_at_MaxResponseBytes_and_memory_stays_within_three_times_it()
    {
        var piece = HostileClients.Repeat(' ', MiB);
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.StartChunkedAsync(200, "application/json", ct);
            for (int i = 0; i < 1024; i++)
            {
                await exchange.WriteChunkAsync(piece, ct);
            }
        });
        using var client = HostileClients.Chat(server, configure: o => o.MaxResponseBytes = 8 * MiB);

        var (thrown, allocated) = await MeasureAsync(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct));

        thrown.Message.Should().Contain("GroqClientOptions.MaxResponseBytes");
        allocated.Should().BeLessThan(3L * 8 * MiB);
    }

    [Theory]
    [InlineData("one line without an end")]
    [InlineData("endless data lines")]
    public async Task A_stream_event_past_MaxStreamEventBytes_fails_and_memory_stays_within_a_small_multiple(string shape)
    {
        var piece = shape == "endless data lines" ? HostileClients.Repeat('x', 64 * 1024 - 1).Concat("\ndata: "u8.ToArray()).ToArray() : HostileClients.Repeat('x', 64 * 1024);
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.StartChunkedAsync(200, "text/event-stream", ct);
            await exchange.WriteChunkAsync("data: {\"id\":\"", ct);
            for (int i = 0; i < 8 * 1024; i++)
            {
                await exchange.WriteChunkAsync(piece, ct);
            }
        });
        using var client = HostileClients.Chat(server, configure: o => o.MaxStreamEventBytes = 4 * MiB);

        var (thrown, allocated) = await MeasureAsync(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(HostileClients.Hi, cancellationToken: Ct))
            {
            }
        });

        thrown.Message.Should().Contain("GroqClientOptions.MaxStreamEventBytes");
        allocated.Should().BeLessThan(5L * 4 * MiB, "the SSE parser's buffer doubles up past the limit, and each size it passed through counts");
    }

    [Fact]
    public async Task Endless_tool_call_argument_deltas_stop_at_MaxStreamCharacters()
    {
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.StartChunkedAsync(200, "text/event-stream", ct);
            await exchange.WriteChunkAsync($"data: {HostileClients.ChunkWithDelta("""{"role":"assistant","tool_calls":[{"index":0,"id":"c1","type":"function","function":{"name":"f","arguments":""}}]}""")}\n\n", ct);
            string arguments = new('a', 8000);
            string delta = "data: " + HostileClients.ChunkWithDelta($$$"""{"tool_calls":[{"index":0,"function":{"arguments":"{{{arguments}}}"}}]}""") + "\n\n";
            for (int i = 0; i < 100_000; i++)
            {
                await exchange.WriteChunkAsync(delta, ct);
            }
        });
        using var client = HostileClients.Chat(server, configure: o => o.MaxStreamCharacters = 2 * MiB);

        var (thrown, allocated) = await MeasureAsync(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(HostileClients.Hi, cancellationToken: Ct))
            {
            }
        });

        thrown.Message.Should().Contain("GroqClientOptions.MaxStreamCharacters");
        allocated.Should().BeLessThan(64L * MiB, "the 2 Mi characters kept, plus each chunk parsed on the way");
    }

    [Fact]
    public async Task A_100_MB_error_body_is_read_only_up_to_MaxErrorBodyBytes_and_the_message_stays_short()
    {
        var start = """{"error":{"type":"invalid_request_error","message":" """u8.ToArray();
        var piece = HostileClients.Repeat('e', MiB);
        await using var server = HostileServer.Start(async (exchange, ct) =>
        {
            await exchange.WriteHeadAsync(400, ct, "Content-Type: application/json", string.Create(CultureInfo.InvariantCulture, $"Content-Length: {(100 * MiB) + 40}"));
            await exchange.WriteAsync(start, ct);
            for (int i = 0; i < 100; i++)
            {
                await exchange.WriteAsync(piece, ct);
            }
        });
        using var client = HostileClients.Chat(server);

        var (thrown, allocated) = await MeasureAsync(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct));

        thrown.Message.Length.Should().BeLessThan(5_000);
        (thrown.ResponseContent?.Length ?? 0).Should().BeLessThanOrEqualTo(64 * 1024);
        allocated.Should().BeLessThan(8L * MiB);
    }

    [Fact]
    public async Task A_long_error_message_is_quoted_up_to_4096_characters_and_kept_whole_in_the_response_content()
    {
        string message = new('e', 50_000);
        string body = $$$"""{"error":{"type":"invalid_request_error","message":"{{{message}}}"}}""";
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(400, "application/json", body, ct));
        using var client = HostileClients.Chat(server);

        var thrown = (await FluentActions.Awaiting(() => client.GetResponseAsync(HostileClients.Hi, cancellationToken: Ct)).Should().ThrowAsync<GroqException>()).Which;

        thrown.Message.Length.Should().BeInRange(4096, 4096 + 100);
        thrown.ResponseContent.Should().Be(body);
    }

    private static async Task<(GroqException Thrown, long Allocated)> MeasureAsync(Func<Task> act)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var thrown = (await FluentActions.Awaiting(act).Should().ThrowAsync<GroqException>()).Which;
        return (thrown, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
