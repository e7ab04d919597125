using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// Structured output: Groq answers with JSON that matches a C# record's schema (response_format json_schema), read back
// as the record, first through MEAI's GetResponseAsync<T>, then through Semantic Kernel's ResponseFormat = typeof(T).
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

// MEAI: the schema is generated from the record, sent as json_schema, and the answer deserialized into it.
using IChatClient client = new GroqChatClient("openai/gpt-oss-20b", options);
var landmark = await client.GetResponseAsync<Landmark>("Extract the landmark: The Eiffel Tower in Paris opened in 1889.");
Console.WriteLine($"MEAI: {landmark.Result}");

// Semantic Kernel: the same through a prompt, with the record type as the response format.
var kernel = Kernel.CreateBuilder().AddGroqChatCompletion("openai/gpt-oss-20b", options).Build();
var settings = new GroqPromptExecutionSettings { ResponseFormat = typeof(Landmark) };
var result = await kernel.InvokePromptAsync("Extract the landmark: {{$text}}", new(settings) { ["text"] = "The Colosseum in Rome opened in 80." });
var colosseum = JsonSerializer.Deserialize<Landmark>(result.GetValue<string>()!, JsonSerializerOptions.Web)!;
Console.WriteLine($"SK:   {colosseum}");

[Description("A landmark mentioned in a text.")]
internal sealed record Landmark(
    [property: Description("The landmark's name, without a leading article.")] string Name,
    [property: Description("The city it stands in.")] string City,
    [property: Description("The year it opened.")] int YearOpened);
