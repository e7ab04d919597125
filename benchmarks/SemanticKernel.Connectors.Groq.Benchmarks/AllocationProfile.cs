using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// <c>--profile [calls]</c>: where the realistic workload's bytes go. For the floor, <see cref="GroqChatClient"/> and
/// <see cref="GroqChatCompletionService"/>, non-streaming and streaming, runs the calls after a warm-up and prints the
/// exact allocated bytes per call (all threads, as BenchmarkDotNet's MemoryDiagnoser counts) and the top allocated
/// types per call estimated from the runtime's sampled allocation events.
/// </summary>
internal static class AllocationProfile
{
    private const int TopTypes = 15;

    public static async Task RunAsync(int nonStreamingCalls)
    {
        int streamingCalls = Math.Max(1, nonStreamingCalls / 20);
        var nonStreaming = new RealisticNonStreamingBenchmarks();
        nonStreaming.Setup();
        try
        {
            await ProfileAsync("Realistic non-streaming / floor", nonStreamingCalls, nonStreaming.Floor);
            await ProfileAsync("Realistic non-streaming / GroqChatClient", nonStreamingCalls, nonStreaming.GroqChatClient);
            await ProfileAsync("Realistic non-streaming / GroqChatCompletionService", nonStreamingCalls, nonStreaming.GroqService);
        }
        finally
        {
            nonStreaming.Cleanup();
        }

        var streaming = new RealisticStreamingBenchmarks();
        streaming.Setup();
        try
        {
            await ProfileAsync("Realistic streaming (663 chunks) / floor", streamingCalls, streaming.Floor);
            await ProfileAsync("Realistic streaming (663 chunks) / GroqChatClient", streamingCalls, streaming.GroqChatClient);
            await ProfileAsync("Realistic streaming (663 chunks) / GroqChatCompletionService", streamingCalls, streaming.GroqService);
        }
        finally
        {
            streaming.Cleanup();
        }
    }

    private static async Task ProfileAsync<T>(string name, int calls, Func<Task<T>> call)
    {
        for (int i = 0; i < Math.Min(calls, 200); i++)
        {
            await call();
        }

        using var sampler = new AllocationSampler();
        sampler.WaitUntilEnabled();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            await call();
        }

        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        // The events reach the listener asynchronously; give the last ones time to arrive.
        await Task.Delay(1500);
        double sampled = sampler.BytesByType.Values.Sum();
        Console.WriteLine();
        Console.WriteLine($"## {name}: {calls:N0} calls, {allocated / (double)calls / 1024:N2} KB allocated per call (exact), "
            + $"{clock.Elapsed.TotalMicroseconds / calls:N1} us per call (noisy); {sampler.Samples:N0} allocation samples, estimating {sampled / calls / 1024:N2} KB per call");
        Console.WriteLine("| type | KB per call (estimated) | share |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (type, bytes) in sampler.BytesByType.OrderByDescending(p => p.Value).Take(TopTypes))
        {
            Console.WriteLine($"| `{type}` | {bytes / calls / 1024:N2} | {bytes / Math.Max(1, sampled):P1} |");
        }
    }
}
