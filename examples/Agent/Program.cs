using System.ComponentModel;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// A Microsoft Agent Framework agent with one tool, on Groq, over two turns of one session.
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

using var client = new GroqChatClient("llama-3.3-70b-versatile", options);
AIAgent agent = new ChatClientAgent(
    client,
    instructions: "You are a concise weather assistant. Use the get_weather tool for any weather question.",
    name: "WeatherAgent",
    tools: [AIFunctionFactory.Create(GetWeather, "get_weather")]);

// The session keeps the conversation, so the second question can refer to the first.
AgentSession session = await agent.CreateSessionAsync();
Console.WriteLine(await agent.RunAsync("What is the weather in Paris today?", session));

await foreach (var update in agent.RunStreamingAsync("And how does that compare with Rome?", session))
{
    Console.Write(update.Text);
}

Console.WriteLine();

[Description("Gets the current weather for a city.")]
static string GetWeather([Description("The city name.")] string city) => $"Sunny and 21 °C in {city}.";
