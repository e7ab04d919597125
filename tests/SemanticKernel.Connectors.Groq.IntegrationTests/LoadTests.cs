using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// A bounded load run over loopback sockets: many concurrent chat calls against the emulator with injected 429 and 503
/// faults. Every call must end by itself in a result or a <see cref="GroqException"/> that says why, retries must absorb
/// nearly all faults, the connection pool must stay within the concurrency, nothing may stay open afterwards and the heap
/// must not grow with the number of calls. It runs alone (process-wide measurements) and never asserts wall-clock times.
/// </summary>
[Collection(ProcessWideMeasurements.Name)]
public sealed class LoadTests
{
    private const int Calls = 10_000;
    private const int WarmUpCalls = 1_000;
    private const int Concurrency = 64;
    private const double FaultRate = 0.10;
    private const int MaxRetries = 2;
    private const int FaultSeed = 20_260_101;

    // A call fails only when all 1 + MaxRetries attempts draw a fault: expected Calls * 0.1^3 = 10 failures, about Poisson(10).
    // Four times that (40) is exceeded by chance with probability below 1e-11, yet one retry too few would give about 100
    // failures and no retries about 1,000.
    private const int FailureSafetyFactor = 4;

    // SocketsHttpHandler may open a connection for a queued request and then hand that request a connection freed meanwhile,
    // keeping the new one idle in the pool: a few more connections than calls in flight is normal, a leak is not bounded.
    private const int ConnectionSlack = 8;

    // Growth of the settled heap between the end of the warm-up and the end of the run. What may legitimately grow is
    // per-connection state (a few more pooled connections, Kestrel's pooled blocks) and runtime caches: well under 1 MB.
    // Anything kept per call (a response, a cancellation registration, a recorded request of a few KB) would keep at least
    // 400 bytes each, 4 MB over 10,000 calls, so this bound catches a per-call leak while leaving room for noise.
    private const long HeapGrowthBound = 4 * 1024 * 1024;

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan CallGuard = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(100);
    private static readonly TimeSpan SocketSettleBound = TimeSpan.FromSeconds(5);

    [Fact(Timeout = 120_000)]
    public async Task Ten_thousand_calls_with_ten_percent_faults_all_end_within_bounds_and_leave_no_socket_or_heap_growth()
    {
        var total = Stopwatch.StartNew();
        using var run = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        run.CancelAfter(RunBound);
        await using var emulator = await GroqEmulator.StartAsync(
            new GroqEmulatorOptions
            {
                RecordRequests = false,
                Faults = new EmulatorFaults { Rate = FaultRate, Statuses = [429, 503], Seed = FaultSeed },
            },
            run.Token);
        var port = emulator.Endpoint.Port;

        var handler = new SocketsHttpHandler();
        var httpClient = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var options = EmulatorClients.Options(emulator, MaxRetries);
        options.Timeout = AttemptTimeout;
        var client = new GroqChatClient("llama-3.3-70b-versatile", options, httpClient);

        var maxOpen = 0;
        using var stopSampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stopSampling.IsCancellationRequested)
            {
                maxOpen = Math.Max(maxOpen, LoopbackConnections.OpenTo(port));
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), stopSampling.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }, CancellationToken.None);

        var warmUp = new LoadTally(WarmUpCalls);
        await RunAsync(client, warmUp, WarmUpCalls, run.Token);
        warmUp.Ended.Should().Be(WarmUpCalls, "every warm-up call ends by itself; problems: {0}", string.Join("; ", warmUp.Problems));

        var tally = new LoadTally(Calls);
        var requestsBefore = emulator.RequestCount;
        var faultsBefore = emulator.InjectedFaultCount;
        var heapBefore = SettledHeap();
        var timed = Stopwatch.StartNew();

        await RunAsync(client, tally, Calls, run.Token);

        timed.Stop();
        var heapAfter = SettledHeap();
        var requests = emulator.RequestCount - requestsBefore;
        var faults = emulator.InjectedFaultCount - faultsBefore;
        await stopSampling.CancelAsync();
        await sampler;

        client.Dispose();
        httpClient.Dispose();
        var openAfter = await OpenConnectionsAfterSettlingAsync(port);

        var failuresByStatus = tally.FailuresByStatus;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"load: {Calls} calls at concurrency {Concurrency}, {FaultRate * 100:0}% faults (429/503), MaxRetries {MaxRetries}: " +
            $"{tally.Successes} succeeded, {tally.Failures} failed ({Describe(failuresByStatus)}), {tally.Hung} hung, {tally.Unexpected} unexpected; " +
            $"{requests} requests = {requests - Calls} retries, {faults} faults injected; " +
            $"connections max {maxOpen} during, {openAfter} after; heap {(heapAfter - heapBefore) / 1024.0 / 1024.0:+0.00;-0.00} MB; " +
            $"latency p50 {tally.Percentile(0.50).TotalMilliseconds:0.0} ms, p99 {tally.Percentile(0.99).TotalMilliseconds:0.0} ms; " +
            $"run {timed.Elapsed.TotalSeconds:0.0} s, test {total.Elapsed.TotalSeconds:0.0} s");
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        TestContext.Current.SendDiagnosticMessage(summary);

        var problems = string.Join("; ", tally.Problems);
        tally.Ended.Should().Be(Calls, "every call ends by itself within the run bound ({0}); {1}; problems: {2}", RunBound, summary, problems);
        tally.Hung.Should().Be(0, "no call may hang; problems: {0}", problems);
        tally.Unexpected.Should().Be(0, "every call ends in a result or a GroqException with a status; problems: {0}", problems);
        tally.WrongAnswers.Should().Be(0, "each call gets the answer to its own prompt; problems: {0}", problems);
        tally.Unexplained.Should().Be(0, "every failure names its status and Groq error code; problems: {0}", problems);
        failuresByStatus.Keys.Should().BeSubsetOf([429, 503], "only injected faults may fail a call");
        tally.Failures.Should().BeLessThanOrEqualTo(
            (int)(Calls * Math.Pow(FaultRate, MaxRetries + 1) * FailureSafetyFactor),
            "a call fails only when all {0} attempts are faulted; {1}", MaxRetries + 1, summary);

        ((double)faults / requests).Should().BeInRange(FaultRate * 0.8, FaultRate * 1.2, "the emulator faults about {0:P0} of requests", FaultRate);
        requests.Should().Be(
            Calls + faults - tally.Failures,
            "each fault costs exactly one retry, except the last attempt of a failed call: no other request may be sent or lost");

        maxOpen.Should().BeLessThanOrEqualTo(Concurrency + ConnectionSlack, "the pool grows with the calls in flight, not with the calls made");
        openAfter.Should().Be(0, "disposing the HttpClient closes every connection to the emulator");
        (heapAfter - heapBefore).Should().BeLessThanOrEqualTo(HeapGrowthBound, "the heap does not grow with the number of calls; {0}", summary);
    }

    private static async Task RunAsync(GroqChatClient client, LoadTally tally, int calls, CancellationToken runToken)
    {
        var next = -1;
        var workers = new Task[Concurrency];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                int call;
                while ((call = Interlocked.Increment(ref next)) < calls && !runToken.IsCancellationRequested)
                {
                    await CallAsync(client, tally, call, runToken);
                }
            }, CancellationToken.None);
        }

        await Task.WhenAll(workers);
    }

    private static async Task CallAsync(GroqChatClient client, LoadTally tally, int call, CancellationToken runToken)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        guard.CancelAfter(CallGuard);
        var prompt = "ping " + call.ToString(CultureInfo.InvariantCulture);
        var start = Stopwatch.GetTimestamp();
        try
        {
            var response = await client.GetResponseAsync(prompt, cancellationToken: guard.Token);
            tally.Success(call, start, response.Text == "You asked: " + prompt);
        }
        catch (GroqException ex) when (ex.StatusCode is not null)
        {
            tally.Failure(call, start, ex);
        }
        catch (OperationCanceledException) when (guard.IsCancellationRequested)
        {
            tally.Hang(call);
        }
        catch (Exception ex)
        {
            tally.Unexpect(call, ex);
        }
    }

    private static async Task<int> OpenConnectionsAfterSettlingAsync(int port)
    {
        var settle = Stopwatch.StartNew();
        int open;
        while ((open = LoopbackConnections.OpenTo(port)) > 0 && settle.Elapsed < SocketSettleBound)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        return open;
    }

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Describe(IReadOnlyDictionary<int, int> failuresByStatus) =>
        failuresByStatus.Count == 0 ? "none" : string.Join(", ", failuresByStatus.Select(pair => $"{pair.Key}: {pair.Value}"));
}
