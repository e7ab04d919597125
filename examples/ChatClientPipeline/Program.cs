using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// GroqChatClient inside a Microsoft.Extensions.AI pipeline: a distributed cache (the second identical question is served
// from it), function invocation, OpenTelemetry (gen_ai spans and metrics, printed by the console exporter) and logging.
// Without GROQ_API_KEY it runs against the in-process emulator, offline.
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

const string PipelineSource = "ChatClientPipeline";
// The connector's own spans (one per HTTP attempt) and metrics (Groq's queue, prompt and completion times).
using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(PipelineSource).AddSource(GroqTelemetry.SourceName).AddConsoleExporter().Build();
using var metrics = Sdk.CreateMeterProviderBuilder().AddMeter(PipelineSource).AddMeter(GroqTelemetry.MeterName).AddConsoleExporter().Build();
using var loggerFactory = LoggerFactory.Create(logging => logging
    .AddSimpleConsole(console => console.SingleLine = true)
    .SetMinimumLevel(LogLevel.Debug));

IDistributedCache cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
int modelCalls = 0;

// The first stage added is the outermost: a cache hit skips everything below it.
using IChatClient client = new GroqChatClient("llama-3.3-70b-versatile", options, loggerFactory: loggerFactory)
    .AsBuilder()
    .UseDistributedCache(cache)
    .UseFunctionInvocation(loggerFactory)
    .UseOpenTelemetry(loggerFactory, PipelineSource)
    .UseLogging(loggerFactory)
    .Use(async (messages, chatOptions, next, cancellationToken) =>
    {
        Interlocked.Increment(ref modelCalls);
        await next(messages, chatOptions, cancellationToken);
    })
    .Build();

var chatOptions = new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather, "get_weather")] };
var summary = new List<string>();
for (int round = 1; round <= 2; round++)
{
    int before = modelCalls;
    var response = await client.GetResponseAsync("What is the weather in Paris today?", chatOptions);
    string[] lines =
    [
        $"Answer {round}: {response.Text}",
        modelCalls == before
            ? $"[call {round}: served from the cache, no request to Groq]"
            : $"[call {round}: {modelCalls - before} requests to Groq (tool call, then answer)]",
    ];
    Array.ForEach(lines, Console.WriteLine);
    summary.AddRange(lines);
}

// Disposing the meter provider exports the metrics once, now; then the answers again, so they are not lost among the
// spans, logs and metrics above.
metrics.Dispose();
Console.WriteLine();
Console.WriteLine("Summary (look above for the groq.attempt spans under each chat span, and the groq.server.* metrics):");
summary.ForEach(line => Console.WriteLine("  " + line));

[Description("Gets the current weather for a city.")]
static string GetWeather([Description("The city name.")] string city) => $"Sunny and 21 °C in {city}.";
