using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SemanticKernel.Connectors.Groq.Core.Telemetry;

/// <summary>
/// The connector's <see cref="ActivitySource"/>, <see cref="Meter"/> and instruments, process-wide as .NET's own are. Each is
/// checked (<see cref="ActivitySource.HasListeners"/>, <see cref="Instrument.Enabled"/>) before anything is computed for it.
/// </summary>
internal static class GroqInstruments
{
    /// <summary>The name of every attempt span.</summary>
    public const string AttemptSpanName = "groq.attempt";

    // Groq answers in milliseconds: the buckets start at 1 ms, where OpenTelemetry's default ones start at 5 s resolution.
    private static readonly InstrumentAdvice<double> ShortSeconds = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    private static readonly InstrumentAdvice<double> TokenRates = new()
    {
        HistogramBucketBoundaries = [10, 25, 50, 100, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000],
    };

    // OpenTelemetry's advice for gen_ai.client.token.usage.
    private static readonly InstrumentAdvice<long> TokenCounts = new()
    {
        HistogramBucketBoundaries = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864],
    };

    public static readonly ActivitySource Source = new(GroqTelemetry.SourceName, GroqHttpPipeline.PackageVersion);

    public static readonly Meter Meter = new(GroqTelemetry.MeterName, GroqHttpPipeline.PackageVersion);

    public static readonly Histogram<double> QueueTime = Meter.CreateHistogram(
        "groq.server.queue_time", "s", "Time the request waited in Groq's queue, as Groq reports it (usage.queue_time).", tags: null, ShortSeconds);

    public static readonly Histogram<double> PromptTime = Meter.CreateHistogram(
        "groq.server.prompt_time", "s", "Time Groq spent processing the prompt, as Groq reports it (usage.prompt_time).", tags: null, ShortSeconds);

    public static readonly Histogram<double> CompletionTime = Meter.CreateHistogram(
        "groq.server.completion_time", "s", "Time Groq spent generating the completion, as Groq reports it (usage.completion_time).", tags: null, ShortSeconds);

    public static readonly Histogram<double> OutputTokensPerSecond = Meter.CreateHistogram(
        "groq.server.output_tokens_per_second", "{token}/s", "Generation speed: usage.completion_tokens divided by usage.completion_time.", tags: null, TokenRates);

    public static readonly Histogram<double> TimeToFirstToken = Meter.CreateHistogram(
        "groq.client.time_to_first_token", "s",
        "Time from sending the HTTP request that produced a stream to the first chunk carrying output (text, reasoning or a tool call).", tags: null, ShortSeconds);

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "groq.client.retries", "{retry}", "HTTP requests sent again after a failed attempt (429, 408, 409, 5xx, connection failure or attempt timeout).");

    public static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram(
        "groq.client.rate_limit.wait.duration", "s",
        "Time a request waited for its turn in a GroqRateLimiter; recorded only for requests that waited, so its count is the number of waits.", tags: null, ShortSeconds);

    /// <summary>Tokens used on Semantic Kernel's path, where no <c>UseOpenTelemetry()</c> records <c>gen_ai.client.token.usage</c>.</summary>
    public static readonly Histogram<long> TokenUsage = Meter.CreateHistogram(
        "groq.client.token.usage", "{token}",
        "Tokens used by GroqChatCompletionService's requests, by gen_ai.token.type (input, output), in the form of gen_ai.client.token.usage.", tags: null, TokenCounts);
}
