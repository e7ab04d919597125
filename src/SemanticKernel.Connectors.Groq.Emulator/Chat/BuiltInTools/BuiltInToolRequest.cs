using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>Reads the built-in tool types of a request's <c>tools</c>, which <see cref="ToolValidator"/> has already validated.</summary>
internal static class BuiltInToolRequest
{
    public static IReadOnlyList<string> Types(JsonElement root)
    {
        if (!JsonChecks.TryGet(root, "tools", out var tools))
        {
            return [];
        }

        List<string>? types = null;
        foreach (var tool in tools.EnumerateArray())
        {
            if (tool.GetProperty("type").GetString() is { } type and not "function")
            {
                (types ??= []).Add(type);
            }
        }

        return types ?? [];
    }
}
