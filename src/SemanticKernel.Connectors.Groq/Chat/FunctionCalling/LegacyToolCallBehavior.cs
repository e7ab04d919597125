using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// SK's OpenAI settings' legacy <c>ToolCallBehavior</c>, still in much code, as the <see cref="FunctionChoiceBehavior"/>
/// it stands for. The OpenAI connector is not a dependency, so the behavior is read from what it shows publicly: its
/// kind (<c>KernelFunctions</c>, <c>EnabledFunctions</c>, <c>RequiredFunction</c>) and its text, e.g.
/// <c>EnabledFunctions(autoInvoke:True): Plugin-Function, ...</c>. What cannot be translated exactly throws.
/// </summary>
internal static partial class LegacyToolCallBehavior
{
    public static FunctionChoiceBehavior Translate(object behavior, Kernel? kernel, ILogger logger)
    {
        string text = behavior.ToString() ?? string.Empty;
        var match = Shape().Match(text);
        if (!match.Success || match.Groups["kind"].Value != behavior.GetType().Name)
        {
            throw Untranslatable(text, "its kind is not one SK's OpenAI connector defines");
        }

        bool autoInvoke = bool.Parse(match.Groups["auto"].Value);
        string[] names = match.Groups["functions"].Value.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (translated, description) = match.Groups["kind"].Value switch
        {
            // Without a kernel SK's connector offers nothing and tells the model so, as None() does.
            "KernelFunctions" when kernel is null => (FunctionChoiceBehavior.None(), "FunctionChoiceBehavior.None() (no kernel)"),
            "KernelFunctions" => (FunctionChoiceBehavior.Auto(autoInvoke: autoInvoke), $"FunctionChoiceBehavior.Auto(autoInvoke: {autoInvoke})"),
            "EnabledFunctions" => (FunctionChoiceBehavior.Auto(Resolve(names, kernel, text), autoInvoke),
                $"FunctionChoiceBehavior.Auto([{string.Join(", ", names)}], autoInvoke: {autoInvoke})"),
            "RequiredFunction" when names.Length == 1 => (FunctionChoiceBehavior.Required(Resolve(names, kernel, text), autoInvoke),
                $"FunctionChoiceBehavior.Required([{names[0]}], autoInvoke: {autoInvoke})"),
            _ => throw Untranslatable(text, "it names no single function"),
        };

        GroqLog.ToolCallBehaviorTranslated(logger, text, description);
        return translated;
    }

    private static List<KernelFunction> Resolve(string[] names, Kernel? kernel, string behavior)
    {
        var functions = new List<KernelFunction>(names.Length);
        foreach (string name in names)
        {
            var (pluginName, functionName) = KernelTools.Split(name);
            if (kernel is null || !kernel.Plugins.TryGetFunction(pluginName, functionName, out var function))
            {
                throw Untranslatable(behavior, $"its function {name} is not in the kernel, which FunctionChoiceBehavior needs");
            }

            functions.Add(function);
        }

        return functions;
    }

    private static NotSupportedException Untranslatable(string behavior, string why) => new(
        $"ToolCallBehavior {behavior} (the OpenAI connector's legacy tool setting) cannot be translated for Groq: {why}. Set " +
        "FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() instead (or Auto(autoInvoke: false), Required(...), None()).");

    [GeneratedRegex(@"^(?<kind>\w+)\(autoInvoke:(?<auto>True|False)\)(?::\s*(?<functions>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
