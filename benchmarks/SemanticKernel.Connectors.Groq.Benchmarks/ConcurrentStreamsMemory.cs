using System.Globalization;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// <c>--concurrent-streams</c>: 1,000 streams in flight at once on one client, each held open by the emulator after two words;
/// managed memory per stream = (<see cref="GC.GetTotalMemory(bool)"/> with all 1,000 mid-stream − the same after warm-up) / 1,000.
/// The emulator runs in a child process, so only the caller's side (connection, response stream, reader, update loop) is counted.
/// </summary>
internal static class ConcurrentStreamsMemory
{
    private const int Streams = 1_000;
    private const int WarmupStreams = 20;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"{Streams:N0} concurrent streams on one client, each held open by the emulator (child process) after its 2nd word; caller-side managed memory.");
        Console.WriteLine("| client | retained per stream in flight | allocated per stream (to mid-stream) |\n|---|---:|---:|");
        await MeasureAsync("GroqChatClient", endpoint => Holder(EndToEndClients.Groq(endpoint, EmulatorProcess.ApiKey)));
        await MeasureAsync("MEAI OpenAI client", endpoint => Holder(EndToEndClients.OpenAI(endpoint, EmulatorProcess.ApiKey)));
        await MeasureAsync("floor: HttpClient + SseParser + JsonDocument", endpoint =>
        {
            var raw = new RawStreamHolder(endpoint, EmulatorProcess.ApiKey);
            return (raw, raw.HoldAsync);
        });
        return 0;
    }

    private static (IDisposable Owner, Func<Action, CancellationToken, Task> Hold) Holder(IChatClient client) =>
        (client, (midStream, cancellationToken) => HoldAsync(client, midStream, cancellationToken));

    private static async Task MeasureAsync(string name, Func<Uri, (IDisposable Owner, Func<Action, CancellationToken, Task> Hold)> create)
    {
        using var emulator = EmulatorProcess.Start(WarmupStreams, Streams);
        var (owner, hold) = create(emulator.Endpoint);
        using var client = owner;
        for (var i = 0; i < WarmupStreams; i++)
        {
            await hold(() => { }, CancellationToken.None);
        }

        var streams = new Task[Streams];
        var midStream = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        using var stop = new CancellationTokenSource();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Streams; i++)
        {
            streams[i] = hold(() =>
            {
                if (Interlocked.Increment(ref arrived) == Streams)
                {
                    midStream.TrySetResult();
                }
            }, stop.Token);
        }

        var failed = Task.WhenAny(streams).ContinueWith(t => t.Result, TaskScheduler.Default);
        var first = await Task.WhenAny(midStream.Task, failed, Task.Delay(TimeSpan.FromMinutes(3)));
        if (first != midStream.Task)
        {
            await stop.CancelAsync();
            throw new InvalidOperationException($"{name}: only {Volatile.Read(ref arrived)} of {Streams} streams reached mid-stream.", (first as Task<Task>)?.Result.Exception);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var held = GC.GetTotalMemory(forceFullCollection: true);
        await stop.CancelAsync();
        // Every stream now ends by its cancellation; how each client reports that is not what is measured here.
        await Task.WhenAll(streams).ContinueWith(_ => { }, TaskScheduler.Default);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {(held - baseline) / Streams:N0} B | {allocated / Streams:N0} B |"));
        GC.KeepAlive(streams);
    }

    /// <summary>Reads one stream to its end (or until cancelled), calling <paramref name="midStream"/> when its second word arrives.</summary>
    private static async Task HoldAsync(IChatClient client, Action midStream, CancellationToken cancellationToken)
    {
        var words = 0;
        await foreach (var update in client.GetStreamingResponseAsync("Say 24 words", cancellationToken: cancellationToken))
        {
            if (update.Text.Length > 0 && ++words == 2)
            {
                midStream();
            }
        }
    }
}
