using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>Many short chat calls from concurrent workers against an emulator that enforces rate limits.</summary>
internal static class PacingRun
{
    public const string Model = "llama-3.3-70b-versatile";

    /// <summary>
    /// Starts an emulator enforcing <paramref name="tokensPerMinute"/> (and <paramref name="requestsPerMinute"/>, if set) whose
    /// first chat answer (<see cref="SpendAsync"/>) costs <paramref name="spentTokens"/> (by default the whole minute's tokens, as
    /// after a busy minute: what a run then gets is the steady rate).
    /// </summary>
    public static async Task<GroqEmulator> StartSpentAsync(int tokensPerMinute, int? requestsPerMinute, CancellationToken cancellationToken, int? spentTokens = null)
    {
        var emulator = await GroqEmulator.StartAsync(
            new GroqEmulatorOptions
            {
                RecordRequests = false,
                EnforceRateLimits = true,
                RateLimitTokensPerMinute = tokensPerMinute,
                RateLimitRequestsPerMinute = requestsPerMinute,
                RateLimitRequestsPerDay = 1_000_000,
            },
            cancellationToken);
        emulator.Enqueue(EmulatorResponse.Text("spent").WithUsage(spentTokens ?? tokensPerMinute, 0));
        return emulator;
    }

    /// <summary>A client of the emulator with retries, paced by <paramref name="limiter"/> when it is not null.</summary>
    public static GroqChatClient Client(GroqEmulator emulator, GroqRateLimiter? limiter, int maxRetries = 2)
    {
        var options = EmulatorClients.Options(emulator, maxRetries);
        options.RateLimiter = limiter;
        return new GroqChatClient(Model, options);
    }

    /// <summary>Spends the emulator's scripted budget-eating answer through <paramref name="client"/>, so its limiter learns from it.</summary>
    public static Task SpendAsync(GroqChatClient client, CancellationToken cancellationToken) =>
        client.GetResponseAsync([new ChatMessage(ChatRole.User, "spend")], new ChatOptions { MaxOutputTokens = 16 }, cancellationToken);

    /// <summary>Makes <paramref name="calls"/> calls from <paramref name="concurrency"/> workers, spread over <paramref name="clients"/> in turn.</summary>
    public static async Task<PacingRunResult> RunAsync(
        GroqEmulator emulator, IReadOnlyList<GroqChatClient> clients, int calls, int concurrency, CancellationToken cancellationToken)
    {
        long requestsBefore = emulator.RequestCount;
        long limitedBefore = emulator.RateLimitedCount;
        int next = -1;
        int succeeded = 0;
        int refused = 0;
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(
            async () =>
            {
                int call;
                while ((call = Interlocked.Increment(ref next)) < calls)
                {
                    var client = clients[worker % clients.Count];
                    try
                    {
                        var answer = await client.GetResponseAsync(
                            [new ChatMessage(ChatRole.User, $"Call {call}: say hi")], new ChatOptions { MaxOutputTokens = 16 }, cancellationToken);
                        Interlocked.Add(ref tokens, answer.Usage?.TotalTokenCount ?? throw new InvalidOperationException("An answer without usage."));
                        Interlocked.Increment(ref succeeded);
                    }
                    catch (GroqException ex) when (ex.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            },
            cancellationToken));
        await Task.WhenAll(workers);
        clock.Stop();
        return new PacingRunResult(
            calls, succeeded, refused, emulator.RequestCount - requestsBefore, emulator.RateLimitedCount - limitedBefore, tokens, clock.Elapsed);
    }
}
