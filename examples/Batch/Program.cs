using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Runs 20 prompts through Groq's Batch API with progress, then prints each answer. Without GROQ_API_KEY it runs against
// the in-process emulator, offline, on a compressed clock (a real batch can take up to its completion window).
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey)
    ? await GroqEmulator.StartAsync(new GroqEmulatorOptions { BatchStepDelay = TimeSpan.FromMilliseconds(100), BatchLinesPerStep = 4 })
    : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

string[] cities = ["Paris", "Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Cairo", "Perth", "Dakar", "Seoul",
    "Porto", "Accra", "Delhi", "Kyoto", "Bern", "Tunis", "Riga", "Sofia", "Doha", "Baku"];

// A generator, not a list: the batch reads it twice (once to check every request, once while uploading) and never
// holds the whole file in memory.
IEnumerable<GroqBatchRequest> Requests()
{
    foreach (string city in cities)
    {
        yield return new GroqBatchRequest(
            CustomId: city,
            Messages: [new ChatMessage(ChatRole.User, $"In one sentence, what is {city} known for?")],
            Options: new ChatOptions { MaxOutputTokens = 80, Temperature = 0.2f });
    }
}

var batch = new GroqChatBatch("llama-3.3-70b-versatile", options);
var runOptions = new GroqChatBatchOptions
{
    Metadata = new Dictionary<string, string> { ["example"] = "cities" },
    PollInterval = emulator is null ? TimeSpan.FromSeconds(5) : TimeSpan.FromMilliseconds(100),
    MaxPollInterval = emulator is null ? TimeSpan.FromSeconds(60) : TimeSpan.FromMilliseconds(400),
};
var progress = new Progress<GroqBatch>(b =>
    Console.WriteLine($"  {b.Id}: {b.Status,-11} {b.RequestCounts.Completed + b.RequestCounts.Failed}/{b.RequestCounts.Total} done"));

long tokens = 0;
await foreach (var result in batch.RunAsync(Requests(), progress, runOptions))
{
    if (result.Response is { } response)
    {
        tokens += response.Usage?.TotalTokenCount ?? 0;
        Console.WriteLine($"{result.CustomId,-6} {response.Text}");
    }
    else
    {
        Console.WriteLine($"{result.CustomId,-6} failed: {result.Error!.ErrorCode} {result.Error.Message}");
    }
}

Console.WriteLine($"[{tokens} tokens in all]");
