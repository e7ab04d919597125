using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>A second plugin: a function without parameters, and one that takes time so concurrent calls overlap.</summary>
internal sealed class ClockPlugin(InvocationLog log)
{
    public const string Name = "Clock";

    [KernelFunction, Description("Gets the current time")]
    public string GetTime()
    {
        log.Add(Name, nameof(GetTime));
        return "12:00";
    }

    [KernelFunction, Description("Waits, then gets the time in a city")]
    public async Task<string> GetTimeIn([Description("The city")] string city, [Description("How long to wait")] int delayMs)
    {
        log.Add(Name, nameof(GetTimeIn), (nameof(city), city), (nameof(delayMs), delayMs));
        await Task.Delay(delayMs);
        return $"12:00 in {city}";
    }
}
