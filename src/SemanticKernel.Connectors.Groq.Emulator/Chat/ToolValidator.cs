using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Validates <c>tools</c> and <c>tool_choice</c>.</summary>
internal static partial class ToolValidator
{
    private const int MaxTools = 128;
    private static readonly FrozenSet<string> FunctionToolKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "function");
    private static readonly FrozenSet<string> BuiltInToolKeys = FrozenSet.Create(StringComparer.Ordinal, "type");
    private static readonly FrozenSet<string> FunctionKeys = FrozenSet.Create(StringComparer.Ordinal, "name", "description", "parameters", "strict");
    private static readonly FrozenSet<string> NamedChoiceKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "function");
    private static readonly FrozenSet<string> NamedChoiceFunctionKeys = FrozenSet.Create(StringComparer.Ordinal, "name");

    /// <summary>Validates <c>tools</c>; returns the offered functions, and whether any tool (built-in included) is offered.</summary>
    public static IReadOnlyList<FunctionTool> ValidateTools(JsonElement root, out bool anyTool)
    {
        anyTool = false;
        if (!JsonChecks.TryGet(root, "tools", out var tools))
        {
            return [];
        }

        if (tools.ValueKind != JsonValueKind.Array)
        {
            throw JsonChecks.Fail("tools", "value must be an array");
        }

        if (tools.GetArrayLength() > MaxTools)
        {
            throw JsonChecks.Fail("tools", $"array must contain at most {MaxTools} item(s)");
        }

        var functions = new List<FunctionTool>();
        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var path = $"tools.{index}";
            JsonChecks.RequireObject(tool, path);
            var type = JsonChecks.OptionalString(tool, "type", $"{path}.type")
                ?? throw JsonChecks.Fail($"{path}.type", "property 'type' is missing");
            switch (type)
            {
                case "function":
                    JsonChecks.OnlyKeys(tool, path, FunctionToolKeys);
                    functions.Add(ValidateFunction(tool, path));
                    break;
                case "browser_search" or "code_interpreter":
                    JsonChecks.OnlyKeys(tool, path, BuiltInToolKeys);
                    break;
                default:
                    throw JsonChecks.Fail($"{path}.type", $"discriminator property 'type' has invalid value '{type}'");
            }

            index++;
        }

        anyTool = index > 0;
        return functions;
    }

    /// <summary>Validates <c>tool_choice</c>; returns the mode (<c>none|auto|required|function</c>) and the named function.</summary>
    public static (string? Mode, string? Function) ValidateToolChoice(JsonElement root, IReadOnlyList<FunctionTool> functions, bool anyTool)
    {
        if (!JsonChecks.TryGet(root, "tool_choice", out var choice))
        {
            return (null, null);
        }

        if (!anyTool)
        {
            throw JsonChecks.Fail("tool_choice", "`tool_choice` is only allowed when `tools` are specified");
        }

        if (choice.ValueKind == JsonValueKind.String)
        {
            var mode = choice.GetString();
            return mode is "none" or "auto" or "required"
                ? (mode, null)
                : throw JsonChecks.Fail("tool_choice", "value must be one of 'none', 'auto', 'required' or a named function");
        }

        if (choice.ValueKind != JsonValueKind.Object)
        {
            throw JsonChecks.Fail("tool_choice", "value must be a string or an object");
        }

        JsonChecks.OnlyKeys(choice, "tool_choice", NamedChoiceKeys);
        if (JsonChecks.OptionalString(choice, "type", "tool_choice.type") != "function")
        {
            throw JsonChecks.Fail("tool_choice.type", "value must be 'function'");
        }

        var function = JsonChecks.TryGet(choice, "function", out var f)
            ? JsonChecks.RequireObject(f, "tool_choice.function")
            : throw JsonChecks.Fail("tool_choice.function", "property 'function' is missing");
        JsonChecks.OnlyKeys(function, "tool_choice.function", NamedChoiceFunctionKeys);
        var name = JsonChecks.OptionalString(function, "name", "tool_choice.function.name")
            ?? throw JsonChecks.Fail("tool_choice.function.name", "property 'name' is missing");
        if (!functions.Any(tool => tool.Name == name))
        {
            throw JsonChecks.Fail("tool_choice.function.name", $"tool_choice names function '{name}', which is not in the request's tools");
        }

        return ("function", name);
    }

    private static FunctionTool ValidateFunction(JsonElement tool, string path)
    {
        var function = JsonChecks.TryGet(tool, "function", out var f)
            ? JsonChecks.RequireObject(f, $"{path}.function")
            : throw JsonChecks.Fail($"{path}.function", "property 'function' is missing");
        path += ".function";
        JsonChecks.OnlyKeys(function, path, FunctionKeys);
        var name = JsonChecks.OptionalString(function, "name", $"{path}.name")
            ?? throw JsonChecks.Fail($"{path}.name", "property 'name' is missing");
        if (!FunctionName().IsMatch(name))
        {
            throw JsonChecks.Fail($"{path}.name", "value must match ^[a-zA-Z0-9_-]{1,64}$");
        }

        JsonChecks.OptionalString(function, "description", $"{path}.description");
        JsonChecks.OptionalBool(function, "strict", $"{path}.strict");
        JsonElement? parameters = null;
        if (JsonChecks.TryGet(function, "parameters", out var p))
        {
            parameters = JsonChecks.RequireObject(p, $"{path}.parameters");
        }

        return new FunctionTool(name, parameters);
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex FunctionName();
}
