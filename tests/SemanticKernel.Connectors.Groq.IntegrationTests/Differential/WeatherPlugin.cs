using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>The scenarios' main plugin: a string result, an object result, and a function that throws.</summary>
internal sealed class WeatherPlugin(InvocationLog log)
{
    public const string Name = "Weather";

    [KernelFunction, Description("Gets the weather of a city")]
    public string GetWeather([Description("The city")] string city)
    {
        log.Add(Name, nameof(GetWeather), (nameof(city), city));
        return $"Sunny in {city}";
    }

    [KernelFunction, Description("Gets a forecast for a city and a number of days")]
    public Forecast GetForecast([Description("The city")] string city, [Description("How many days")] int days = 3)
    {
        log.Add(Name, nameof(GetForecast), (nameof(city), city), (nameof(days), days));
        return new Forecast(city, days, "Sunny & warm");
    }

    [KernelFunction, Description("Reads the weather station, which is down")]
    public string ReadStation([Description("The station id")] string station)
    {
        log.Add(Name, nameof(ReadStation), (nameof(station), station));
        throw new InvalidOperationException($"Station {station} is down.");
    }
}
