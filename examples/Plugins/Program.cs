using System.ComponentModel;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq;
using SemanticKernel.Connectors.Groq.Emulator;

// A kernel with a small plugin: Groq calls it through FunctionChoiceBehavior.Auto(), a filter shows each call,
// and the answer streams. Without GROQ_API_KEY it runs against the in-process emulator, offline.
string? apiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");
await using GroqEmulator? emulator = string.IsNullOrEmpty(apiKey) ? await GroqEmulator.StartAsync() : null;
var options = emulator is null
    ? new GroqClientOptions { ApiKey = apiKey }
    : new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };
if (emulator is not null)
{
    Console.WriteLine($"GROQ_API_KEY is not set: using the local Groq emulator at {emulator.Endpoint}.");
}

var builder = Kernel.CreateBuilder().AddGroqChatCompletion("llama-3.3-70b-versatile", options);
builder.Plugins.AddFromType<WeatherPlugin>("Weather");
var kernel = builder.Build();
kernel.AutoFunctionInvocationFilters.Add(new ShowCalls());

var settings = new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0 };
await foreach (var piece in kernel.InvokePromptStreamingAsync("What is the weather in {{$city}} today?", new(settings) { ["city"] = "Paris" }))
{
    Console.Write(piece);
}

Console.WriteLine();

internal sealed class WeatherPlugin
{
    [KernelFunction, Description("Gets the current weather for a city.")]
    public static string GetWeather([Description("The city name.")] string city) => $"Sunny and 21 °C in {city}.";
}

internal sealed class ShowCalls : IAutoFunctionInvocationFilter
{
    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        Console.WriteLine($"[calling {context.Function.PluginName}.{context.Function.Name}({string.Join(", ", context.Arguments?.Select(a => $"{a.Key}: {a.Value}") ?? [])})]");
        await next(context);
    }
}
