using System.Collections.Concurrent;
using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's latency hook, <see cref="GroqEmulatorOptions.ChunkWritten"/>, over a real socket.</summary>
public sealed class EmulatorChunkWrittenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chunk_written_reports_each_data_event_of_a_stream_once_in_order_before_the_caller_receives_it()
    {
        var written = new ConcurrentQueue<EmulatorChunkWritten>();
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { ChunkWritten = written.Enqueue }, Ct);
        emulator.Enqueue(EmulatorResponse.Text("one two three four"));
        using var client = EmulatorClients.Chat(emulator);

        var received = new List<(string Text, long Timestamp)>();
        await foreach (var update in client.GetStreamingResponseAsync("Count", cancellationToken: Ct))
        {
            if (update.Text.Length > 0)
            {
                received.Add((update.Text, Stopwatch.GetTimestamp()));
            }
        }

        // The role chunk, one chunk per word, and the chunk with finish_reason and usage; [DONE] is not a chunk.
        var chunks = written.ToArray();
        chunks.Select(c => c.Index).Should().Equal(0, 1, 2, 3, 4, 5);
        chunks.Select(c => c.RequestId).Distinct().Should().ContainSingle().Which.Should().StartWith("req_");
        chunks.Select(c => c.Timestamp).Should().BeInAscendingOrder();
        received.Select(r => r.Text).Should().Equal("one", " two", " three", " four");
        for (var word = 0; word < received.Count; word++)
        {
            chunks[word + 1].Timestamp.Should().BeLessThanOrEqualTo(received[word].Timestamp, $"word {word} is written before it is received");
        }
    }

    [Fact]
    public async Task Chunk_written_keys_concurrent_streams_by_their_request_id()
    {
        var written = new ConcurrentQueue<EmulatorChunkWritten>();
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { ChunkWritten = written.Enqueue }, Ct);
        using var client = EmulatorClients.Chat(emulator);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.GetStreamingResponseAsync($"Stream {i}", cancellationToken: Ct).ToListAsync(Ct).AsTask()));

        var streams = written.GroupBy(c => c.RequestId).ToList();
        streams.Should().HaveCount(4);
        streams.Should().OnlyContain(s => s.Key.StartsWith("req_", StringComparison.Ordinal));
        foreach (var stream in streams)
        {
            stream.Select(c => c.Index).Should().Equal(Enumerable.Range(0, stream.Count()), $"stream {stream.Key} reports its chunks in order");
        }
    }
}
