using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SkFunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;
using SkFunctionResultContent = Microsoft.SemanticKernel.FunctionResultContent;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Kernel functions travel as tools named <c>Plugin_Function</c>. SK's bridge hands calls back under that one name, with
/// no plugin, which <see cref="SkFunctionCallContent.InvokeAsync"/> cannot find; and it sends calls in the history
/// under the bare function name, which a model then imitates. These functions put both names right.
/// </summary>
internal static class KernelFunctionNames
{
    private const string ToolSeparator = "_";

    /// <summary>Splits a tool name into the plugin and function of <paramref name="kernel"/> it names.</summary>
    public static bool TryResolve(Kernel? kernel, string? toolName, out string pluginName, out string functionName)
    {
        pluginName = functionName = string.Empty;
        if (kernel is null || string.IsNullOrEmpty(toolName))
        {
            return false;
        }

        foreach (var plugin in kernel.Plugins)
        {
            if (toolName.Length > plugin.Name.Length + 1
                && toolName.StartsWith(plugin.Name, StringComparison.Ordinal)
                && toolName.AsSpan(plugin.Name.Length).StartsWith(ToolSeparator, StringComparison.Ordinal)
                && plugin.TryGetFunction(toolName[(plugin.Name.Length + 1)..], out var function))
            {
                pluginName = plugin.Name;
                functionName = function.Name;
                return true;
            }
        }

        return false;
    }

    /// <summary>A call with the plugin and function it names in <paramref name="kernel"/>, or the call itself.</summary>
    public static SkFunctionCallContent WithPlugin(SkFunctionCallContent call, Kernel? kernel)
    {
        if (call.PluginName is not null || !TryResolve(kernel, call.FunctionName, out string plugin, out string function))
        {
            return call;
        }

        return new SkFunctionCallContent(function, plugin, call.Id, call.Arguments)
        {
            InnerContent = call.InnerContent,
            ModelId = call.ModelId,
            Metadata = call.Metadata,
            Exception = call.Exception,
        };
    }

    /// <summary>A result with the plugin and function it names in <paramref name="kernel"/>, or the result itself.</summary>
    public static SkFunctionResultContent WithPlugin(SkFunctionResultContent result, Kernel? kernel)
    {
        if (result.PluginName is not null || !TryResolve(kernel, result.FunctionName, out string plugin, out string function))
        {
            return result;
        }

        return new SkFunctionResultContent(function, plugin, result.CallId, result.Result)
        {
            InnerContent = result.InnerContent,
            ModelId = result.ModelId,
            Metadata = result.Metadata,
        };
    }

    /// <summary>A streamed call named <c>Plugin-Function</c>, which <see cref="FunctionCallContentBuilder"/> splits into plugin and function.</summary>
    public static StreamingFunctionCallUpdateContent WithPlugin(StreamingFunctionCallUpdateContent call, Kernel? kernel)
    {
        if (!TryResolve(kernel, call.Name, out string plugin, out string function))
        {
            return call;
        }

        return new StreamingFunctionCallUpdateContent(call.CallId, $"{plugin}-{function}", call.Arguments, call.FunctionCallIndex)
        {
            RequestIndex = call.RequestIndex,
            ChoiceIndex = call.ChoiceIndex,
            InnerContent = call.InnerContent,
            ModelId = call.ModelId,
            Metadata = call.Metadata,
        };
    }

    /// <summary>
    /// The messages with each earlier call to a kernel function named as its tool is, when the bridge sent the bare
    /// function name and exactly one offered kernel function has it.
    /// </summary>
    public static IEnumerable<ChatMessage> WithToolNames(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        if (options?.Tools is not { Count: > 0 } tools)
        {
            return messages;
        }

        List<ChatMessage>? renamed = null;
        int index = 0;
        foreach (var message in messages)
        {
            var contents = message.Contents;
            for (int i = 0; i < contents.Count; i++)
            {
                if (contents[i] is Microsoft.Extensions.AI.FunctionCallContent call && ToolNameOf(call.Name, tools) is { } toolName)
                {
                    renamed ??= [.. messages];
                    var copy = renamed[index] = renamed[index].Clone();
                    copy.Contents = [.. copy.Contents];
                    copy.Contents[i] = new Microsoft.Extensions.AI.FunctionCallContent(call.CallId, toolName, call.Arguments)
                    {
                        RawRepresentation = call.RawRepresentation,
                        AdditionalProperties = call.AdditionalProperties,
                    };
                }
            }

            index++;
        }

        return renamed ?? messages;
    }

    private static string? ToolNameOf(string name, IList<AITool> tools)
    {
        string? match = null;
        foreach (var tool in tools)
        {
            if (tool.Name == name)
            {
                return null;
            }

            if (tool is KernelFunction { PluginName: { Length: > 0 } } function && function.Name == name)
            {
                if (match is not null)
                {
                    return null;
                }

                match = tool.Name;
            }
        }

        return match;
    }
}
