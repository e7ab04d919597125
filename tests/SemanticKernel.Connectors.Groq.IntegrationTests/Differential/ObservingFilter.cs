using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// Registered first, so it wraps the scenario's own filters: records what the connector put in the context and what
/// came back, and passes exceptions on untouched.
/// </summary>
internal sealed class ObservingFilter : IAutoFunctionInvocationFilter
{
    private readonly List<FilterObservation> _observations = [];

    /// <summary>The settings instance the caller passed; the context must carry this very instance.</summary>
    public PromptExecutionSettings? CallerSettings { get; set; }

    /// <summary>The history the caller passed, or null when the call takes none (a prompt).</summary>
    public ChatHistory? CallerHistory { get; set; }

    public IReadOnlyList<FilterObservation> Observations
    {
        get
        {
            lock (_observations)
            {
                return [.. _observations];
            }
        }
    }

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        var function = $"{context.Function.PluginName}-{context.Function.Name}";
        var argumentsBefore = Show(context.Arguments);
        var settingsAreTheCallers = ReferenceEquals(context.ExecutionSettings, CallerSettings);
        var historyIsTheCallers = CallerHistory is null ? "no caller history" : ReferenceEquals(context.ChatHistory, CallerHistory) ? "yes" : "no";
        var historyCountBefore = context.ChatHistory.Count;
        string outcome;
        try
        {
            await next(context);
            outcome = "result " + Facts.Show(context.Result.GetValue<object>()?.ToString());
        }
        catch (Exception exception)
        {
            Record(context, exception.GetType().Name + ": " + exception.Message);
            throw;
        }

        Record(context, outcome);

        void Record(AutoFunctionInvocationContext after, string result)
        {
            var observation = new FilterObservation
            {
                Function = function,
                RequestSequenceIndex = context.RequestSequenceIndex,
                FunctionSequenceIndex = context.FunctionSequenceIndex,
                FunctionCount = context.FunctionCount,
                ToolCallId = context.ToolCallId,
                IsStreaming = context.IsStreaming,
                ArgumentsBefore = argumentsBefore,
                SettingsAreTheCallers = settingsAreTheCallers,
                HistoryIsTheCallers = historyIsTheCallers,
                HistoryCountBefore = historyCountBefore,
                Outcome = result,
                ArgumentsAfter = Show(after.Arguments),
                Terminate = after.Terminate,
                HistoryCountAfter = after.ChatHistory.Count,
            };
            lock (_observations)
            {
                _observations.Add(observation);
            }
        }
    }

    /// <summary>Arguments by name with their runtime types: a filter reading <c>Arguments["city"] as string</c> depends on the type.</summary>
    public static string Show(KernelArguments? arguments) => arguments is null
        ? "null"
        : "{" + string.Join(", ", arguments.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}={Facts.Show(a.Value?.ToString())} ({a.Value?.GetType().Name ?? "null"})")) + "}";
}
