using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// SK's OpenAI settings' legacy <c>ToolCallBehavior</c>, still in much code, offered as SK's OpenAI connector offers it:
/// every kernel function (<c>KernelFunctions</c>), the listed functions (<c>EnabledFunctions</c>), or one function
/// the model must call on the first request only (<c>RequiredFunction</c>). The OpenAI connector is not a dependency:
/// the behavior is read from what it shows (its kind and text, e.g. <c>EnabledFunctions(autoInvoke:True): P-F, ...</c>)
/// and its function definitions, which name their parameters' schemas; what cannot be read throws.
/// </summary>
internal sealed partial class LegacyToolCallBehavior
{
    private static readonly ConditionalWeakTable<object, LegacyToolCallBehavior> Read = [];

    private readonly string _kind;
    private readonly bool _autoInvoke;
    private readonly KernelFunctionMetadata[] _functions;
    private readonly AITool[] _tools;

    private LegacyToolCallBehavior(string kind, bool autoInvoke, KernelFunctionMetadata[] functions)
    {
        _kind = kind;
        _autoInvoke = autoInvoke;
        _functions = functions;
        _tools = Array.ConvertAll(functions, static f => (AITool)KernelTools.Declare(f, strict: false));
    }

    /// <summary>
    /// The behavior <paramref name="toolCallBehavior"/> (an OpenAI <c>ToolCallBehavior</c>) stands for, read once per
    /// instance, with a warning then that <see cref="FunctionChoiceBehavior"/> is its successor.
    /// </summary>
    public static LegacyToolCallBehavior From(object toolCallBehavior, ILogger logger)
    {
        if (Read.TryGetValue(toolCallBehavior, out var known))
        {
            return known;
        }

        var behavior = Parse(toolCallBehavior);
        GroqLog.LegacyToolCallBehavior(logger, toolCallBehavior.ToString() ?? behavior._kind);
        return Read.GetValue(toolCallBehavior, _ => behavior);
    }

    /// <summary>What request <paramref name="requestIndex"/> offers, as SK's OpenAI connector decides it.</summary>
    public KernelToolChoice Choose(int requestIndex, Kernel? kernel, ILogger logger)
    {
        IList<AITool>? tools = null;
        ChatToolMode? mode = null;
        switch (_kind)
        {
            case "KernelFunctions" when kernel is not null && kernel.Plugins.GetFunctionsMetadata() is { Count: > 0 } all:
                tools = [.. all.Select(static f => (AITool)KernelTools.Declare(f, strict: false))];
                mode = ChatToolMode.Auto;
                break;
            case "EnabledFunctions" when _functions.Length > 0:
                RequireKernelFunctions(kernel);
                tools = _tools;
                mode = ChatToolMode.Auto;
                break;
            case "RequiredFunction":
                RequireKernelFunctions(kernel);
                if (requestIndex < 1)
                {
                    tools = _tools;
                    mode = ChatToolMode.RequireSpecific(_tools[0].Name);
                }

                break;
        }

        bool autoInvoke = KernelToolChoice.AutoInvokes(_autoInvoke && kernel is not null, requestIndex, logger);
        return tools is null
            ? new KernelToolChoice([KernelTools.Placeholder], ChatToolMode.None, autoInvoke, null)
            : new KernelToolChoice(tools, mode, autoInvoke, null);
    }

    /// <summary>Auto-invocation needs every listed function in the kernel, as SK's OpenAI connector checks.</summary>
    private void RequireKernelFunctions(Kernel? kernel)
    {
        if (!_autoInvoke)
        {
            return;
        }

        if (kernel is null)
        {
            throw new KernelException($"ToolCallBehavior {_kind}: auto-invocation is not supported when no kernel is provided.");
        }

        foreach (var function in _functions)
        {
            if (!kernel.Plugins.TryGetFunction(function.PluginName, function.Name, out _))
            {
                throw new KernelException(
                    $"ToolCallBehavior {_kind}: the function {KernelTools.ToolName(function.PluginName, function.Name)} is not available in the kernel.");
            }
        }
    }

    private static LegacyToolCallBehavior Parse(object behavior)
    {
        string text = behavior.ToString() ?? string.Empty;
        var match = Shape().Match(text);
        string kind = match.Groups["kind"].Value;
        if (!match.Success || kind != behavior.GetType().Name || kind is not ("KernelFunctions" or "EnabledFunctions" or "RequiredFunction"))
        {
            throw new NotSupportedException(
                $"ToolCallBehavior {text} (the OpenAI connector's legacy tool setting) cannot be read for Groq. Set " +
                "FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() instead (or Auto(autoInvoke: false), Required(...), None()).");
        }

        var functions = kind == "KernelFunctions" ? [] : Definitions(behavior, kind == "EnabledFunctions" ? "_openAIFunctions" : "_function", text);
        return new LegacyToolCallBehavior(kind, bool.Parse(match.Groups["auto"].Value), functions);
    }

    // The function definitions (OpenAIFunction) the behavior holds are public types in a private field; reading them is
    // the only way to offer what the caller listed. Should SK rename the field, the clear error below says what to do.
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Falls back to a clear NotSupportedException when the members are gone.")]
    private static KernelFunctionMetadata[] Definitions(object behavior, string field, string text)
    {
        object? value = behavior.GetType().GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(behavior);
        var definitions = value is IEnumerable many and not string ? many.Cast<object>() : value is null ? null : [value];
        try
        {
            return definitions?.Select(ToMetadata).ToArray()
                ?? throw new MissingMemberException(behavior.GetType().Name, field);
        }
        catch (Exception ex) when (ex is MissingMemberException or InvalidCastException)
        {
            throw new NotSupportedException(
                $"ToolCallBehavior {text} cannot be read for Groq (its function definitions are not where SK 1.x keeps them). Set " +
                "FunctionChoiceBehavior = FunctionChoiceBehavior.Auto([...]) or Required([...]) with the kernel functions instead.", ex);
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Public properties of SK's OpenAIFunction; a missing one throws MissingMemberException.")]
    private static KernelFunctionMetadata ToMetadata(object definition)
    {
        var parameters = new List<KernelParameterMetadata>();
        foreach (object parameter in (IEnumerable?)Property(definition, "Parameters") ?? Array.Empty<object>())
        {
            parameters.Add(new KernelParameterMetadata((string)Property(parameter, "Name")!, AIJsonUtilities.DefaultOptions)
            {
                Description = (string?)Property(parameter, "Description"),
                IsRequired = (bool)Property(parameter, "IsRequired")!,
                ParameterType = (Type?)Property(parameter, "ParameterType"),
                Schema = (KernelJsonSchema?)Property(parameter, "Schema"),
            });
        }

        return new KernelFunctionMetadata((string)Property(definition, "FunctionName")!)
        {
            PluginName = (string?)Property(definition, "PluginName"),
            Description = (string?)Property(definition, "Description"),
            Parameters = parameters,
        };

        static object? Property(object target, string name) =>
            (target.GetType().GetProperty(name) ?? throw new MissingMemberException(target.GetType().Name, name)).GetValue(target);
    }

    [GeneratedRegex(@"^(?<kind>\w+)\(autoInvoke:(?<auto>True|False)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
