using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Scripted model answers. Calls name tools the classic way (<c>Plugin-Function</c>) and carry fixed ids.</summary>
internal static class Scripted
{
    public static EmulatorResponse Text(string content, string finishReason = "stop") => EmulatorResponse.Text(content, finishReason: finishReason);

    public static EmulatorResponse Calls(params EmulatorToolCall[] calls) => EmulatorResponse.ToolCalls(calls);

    public static EmulatorToolCall Weather(string city, string id) => new("Weather-GetWeather", $$"""{"city":"{{city}}"}""", id);

    public static EmulatorToolCall Call(string tool, string argumentsJson, string id) => new(tool, argumentsJson, id);
}
