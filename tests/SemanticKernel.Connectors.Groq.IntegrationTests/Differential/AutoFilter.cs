using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>An auto function invocation filter given as a lambda: how a scenario terminates, skips, catches or edits.</summary>
internal sealed class AutoFilter(Func<AutoFunctionInvocationContext, Func<AutoFunctionInvocationContext, Task>, Task> onInvocation)
    : IAutoFunctionInvocationFilter
{
    public Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next) =>
        onInvocation(context, next);
}
