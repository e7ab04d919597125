using System.Diagnostics;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// <c>--latency</c>: the time from the emulator writing an SSE chunk to the caller receiving its update, over a real loopback
/// socket, for GroqChatClient, MEAI's OpenAI client and a hand-written floor (<see cref="RawStreamHolder"/>). The emulator runs in this process, so its
/// <see cref="GroqEmulatorOptions.ChunkWritten"/> timestamps and the caller's share one Stopwatch. Streams run one at a time,
/// alternating clients, so every chunk written belongs to the one stream in flight; the k-th update carrying text is matched to
/// the k-th content chunk (data event k + 1, after the role chunk), and its text is checked to be that chunk's word.
/// </summary>
internal static class EndToEndLatency
{
    private const int Streams = 1_000;
    private const int WarmupStreams = 100;
    private const int Words = 24;

    public static async Task<int> RunAsync()
    {
        var written = new long[Words + 2];
        var options = new GroqEmulatorOptions { RecordRequests = false, ChunkWritten = chunk => written[chunk.Index] = chunk.Timestamp };
        await using var emulator = await GroqEmulator.StartAsync(options);
        using var groq = EndToEndClients.Groq(emulator.Endpoint, emulator.ApiKey);
        using var openAI = EndToEndClients.OpenAI(emulator.Endpoint, emulator.ApiKey);
        using var raw = new RawStreamHolder(emulator.Endpoint, emulator.ApiKey);
        var clients = new (string Name, Func<string, long[], Task> Receive, List<long> Samples)[]
        {
            ("GroqChatClient", (name, received) => ReceiveAsync(name, groq, received), new List<long>(Streams * Words)),
            ("MEAI OpenAI client", (name, received) => ReceiveAsync(name, openAI, received), new List<long>(Streams * Words)),
            ("floor: HttpClient + SseParser + JsonDocument", (name, received) => ReceiveRawAsync(name, raw, received), new List<long>(Streams * Words)),
        };

        var received = new long[Words];
        for (var stream = -WarmupStreams; stream < Streams; stream++)
        {
            // Alternate which client goes first, so drift on a shared machine falls on both alike.
            for (var turn = 0; turn < clients.Length; turn++)
            {
                var (name, receive, samples) = clients[(turn + stream + WarmupStreams) % clients.Length];
                emulator.Enqueue(EmulatorResponse.Text(EndToEndClients.Answer));
                await receive(name, received);
                if (stream >= 0)
                {
                    for (var word = 0; word < Words; word++)
                    {
                        samples.Add(received[word] - written[word + 1]);
                    }
                }
            }
        }

        Console.WriteLine($"End to end over loopback sockets: emulator writes a chunk -> caller receives its update; {Streams:N0} streams per client, {Words} content chunks each, one stream at a time, after {WarmupStreams} warm-up streams.");
        LatencyTable.PrintHeader();
        foreach (var (name, _, samples) in clients)
        {
            LatencyTable.PrintRow(name, samples);
        }

        return 0;
    }

    private static async Task ReceiveAsync(string name, IChatClient client, long[] received)
    {
        var word = 0;
        await foreach (var update in client.GetStreamingResponseAsync("Say 24 words"))
        {
            var now = Stopwatch.GetTimestamp();
            if (update.Text is { Length: > 0 } text)
            {
                Record(name, text, now, received, ref word);
            }
        }

        RequireAll(name, word, received);
    }

    private static async Task ReceiveRawAsync(string name, RawStreamHolder raw, long[] received)
    {
        var word = 0;
        await raw.ReadAsync(text => Record(name, text, Stopwatch.GetTimestamp(), received, ref word), CancellationToken.None);
        RequireAll(name, word, received);
    }

    private static void Record(string name, string text, long now, long[] received, ref int word)
    {
        if (word >= received.Length || text != EndToEndClients.Word(word))
        {
            throw new InvalidOperationException($"{name}: update {word} carried '{text}', not the word of content chunk {word}; the matching would be wrong.");
        }

        received[word++] = now;
    }

    private static void RequireAll(string name, int words, long[] received)
    {
        if (words != received.Length)
        {
            throw new InvalidOperationException($"{name}: {words} text updates, expected {received.Length}.");
        }
    }
}
