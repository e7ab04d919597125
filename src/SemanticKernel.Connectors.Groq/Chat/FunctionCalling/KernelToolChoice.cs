using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// What one request of a function-calling round offers: the tools, the tool mode, whether returned calls are invoked,
/// and the behavior's options. Derived from a <see cref="FunctionChoiceBehavior"/> as SK's connectors derive it.
/// </summary>
internal readonly record struct KernelToolChoice(IList<AITool>? Tools, ChatToolMode? Mode, bool AutoInvoke, FunctionChoiceBehaviorOptions? Options)
{
    /// <summary>
    /// The most requests one call makes while functions are invoked automatically (after that, calls are returned);
    /// also the most function invocations in flight in one asynchronous flow, against a function that invokes itself.
    /// </summary>
    public const int MaximumAutoInvokeAttempts = 128;

    private static readonly KernelToolChoice NoTools = new(null, null, false, null);

    public bool IsAdvertised(string toolName)
    {
        foreach (var tool in Tools ?? [])
        {
            if (string.Equals(tool.Name, toolName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether request <paramref name="requestIndex"/> invokes the calls it gets back: as <paramref name="requested"/>,
    /// unless the call has made <see cref="MaximumAutoInvokeAttempts"/> requests or as many invocations are in flight.
    /// </summary>
    public static bool AutoInvokes(bool requested, int requestIndex, ILogger logger)
    {
        if (requested && requestIndex >= MaximumAutoInvokeAttempts)
        {
            GroqLog.AutoInvokeLimit(logger, MaximumAutoInvokeAttempts);
            return false;
        }

        if (requested && KernelFunctionInvoker.InFlight >= MaximumAutoInvokeAttempts)
        {
            GroqLog.InFlightAutoInvokeLimit(logger, MaximumAutoInvokeAttempts);
            return false;
        }

        return requested;
    }

    public static KernelToolChoice For(FunctionChoiceBehavior? behavior, ChatHistory chatHistory, int requestIndex, Kernel? kernel, ILogger logger)
    {
        if (behavior is null)
        {
            return NoTools;
        }

        var configuration = behavior.GetConfiguration(new FunctionChoiceBehaviorConfigurationContext(chatHistory)
        {
            Kernel = kernel,
            RequestSequenceIndex = requestIndex,
        });

        bool autoInvoke = AutoInvokes(kernel is not null && configuration.AutoInvoke, requestIndex, logger);

        if (configuration.Functions is not { Count: > 0 } functions)
        {
            return new KernelToolChoice([KernelTools.Placeholder], ChatToolMode.None, autoInvoke, configuration.Options);
        }

        bool strict = configuration.Options.AllowStrictSchemaAdherence;
        var tools = new List<AITool>(functions.Count);
        foreach (var function in functions)
        {
            tools.Add(KernelTools.Declare(function, strict));
        }

        ChatToolMode mode = configuration.Choice == FunctionChoice.Auto ? ChatToolMode.Auto
            : configuration.Choice == FunctionChoice.Required ? ChatToolMode.RequireAny
            : configuration.Choice == FunctionChoice.None ? ChatToolMode.None
            : throw new NotSupportedException($"The function choice '{configuration.Choice}' is not supported.");
        return new KernelToolChoice(tools, mode, autoInvoke, configuration.Options);
    }
}
