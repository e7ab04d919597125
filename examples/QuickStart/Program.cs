using System.ComponentModel;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Streams a tool-using answer from Groq. Without GROQ_API_KEY it runs against the in-process emulator, offline.
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

using IChatClient client = new GroqChatClient("llama-3.3-70b-versatile", options)
    .AsBuilder()
    .UseFunctionInvocation()
    .Build();

var chatOptions = new ChatOptions { Tools = [AIFunctionFactory.Create(GetWeather, "get_weather")] };
UsageDetails? usage = null;
await foreach (var update in client.GetStreamingResponseAsync("What is the weather in Paris today?", chatOptions))
{
    Console.Write(update.Text);
    usage = update.Contents.OfType<UsageContent>().LastOrDefault()?.Details ?? usage;
}

Console.WriteLine();
Console.WriteLine($"[tokens: {usage?.InputTokenCount} in, {usage?.OutputTokenCount} out]");

[Description("Gets the current weather for a city.")]
static string GetWeather([Description("The city name.")] string city) => $"Sunny and 21 °C in {city}.";
