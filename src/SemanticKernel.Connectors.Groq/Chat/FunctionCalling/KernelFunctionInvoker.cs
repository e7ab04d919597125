using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// Invokes the function calls of one model answer the way SK's own connectors do: the answer and then one tool message
/// per call go into the chat history, each call runs through the kernel's auto function invocation filters (in order)
/// around <see cref="KernelFunction.InvokeAsync(Kernel, KernelArguments?, CancellationToken)"/>, every call gets a
/// result (an error text when it cannot run), and a filter may terminate the round.
/// </summary>
internal sealed class KernelFunctionInvoker(ILogger logger)
{
    private static readonly AsyncLocal<int> InFlightInvocations = new();

    /// <summary>Function invocations in flight in the current asynchronous flow (a function may call the model again).</summary>
    public static int InFlight => InFlightInvocations.Value;

    /// <summary>Adds <paramref name="answer"/> and the results of its calls to <paramref name="chatHistory"/>.</summary>
    /// <returns>The last message of the history when a filter terminated, else <see langword="null"/>.</returns>
    public async Task<ChatMessageContent?> InvokeAsync(
        ChatMessageContent answer,
        PromptExecutionSettings? executionSettings,
        ChatHistory chatHistory,
        int requestIndex,
        KernelToolChoice choice,
        Kernel kernel,
        bool streaming,
        CancellationToken cancellationToken)
    {
        chatHistory.Add(answer);
        var calls = FunctionCallContent.GetFunctionCalls(answer).ToArray();
        bool concurrent = choice.Options?.AllowConcurrentInvocation == true && calls.Length > 1;
        List<Task<Invocation>>? pending = concurrent ? new(calls.Length) : null;

        for (int i = 0; i < calls.Length; i++)
        {
            var call = calls[i];
            if (Validate(call, choice, kernel) is { } error)
            {
                AddError(chatHistory, call, error);
                continue;
            }

            kernel.Plugins.TryGetFunction(call.PluginName, call.FunctionName, out var function);
            var context = new AutoFunctionInvocationContext(kernel, function!, new FunctionResult(function!, culture: kernel.Culture), chatHistory, answer)
            {
                Arguments = call.Arguments,
                RequestSequenceIndex = requestIndex,
                FunctionSequenceIndex = i,
                FunctionCount = calls.Length,
                CancellationToken = cancellationToken,
                IsStreaming = streaming,
                ToolCallId = call.Id,
                ExecutionSettings = executionSettings,
            };

            InFlightInvocations.Value++;
            var invocation = InvokeAsync(context, call, function!, kernel, cancellationToken);
            if (pending is not null)
            {
                pending.Add(invocation);
                continue;
            }

            var done = await invocation.ConfigureAwait(false);
            AddResult(chatHistory, call, done.Result, done.Error);
            if (done.Context.Terminate)
            {
                GroqLog.FunctionCallingTerminated(logger, function!.Name);
                return chatHistory[^1];
            }
        }

        if (pending is null)
        {
            return null;
        }

        bool terminate = false;
        foreach (var done in await Task.WhenAll(pending).ConfigureAwait(false))
        {
            AddResult(chatHistory, done.Call, done.Result, done.Error);
            terminate |= done.Context.Terminate;
        }

        return terminate ? chatHistory[^1] : null;
    }

    private static string? Validate(FunctionCallContent call, KernelToolChoice choice, Kernel kernel)
    {
        if (call.Exception is { } exception)
        {
            return $"Error: Function call processing failed. Correct yourself. {exception.Message}";
        }

        if (!choice.IsAdvertised(KernelTools.ToolName(call.PluginName, call.FunctionName)))
        {
            return "Error: Function call request for a function that wasn't defined. Correct yourself.";
        }

        return kernel.Plugins.TryGetFunction(call.PluginName, call.FunctionName, out _)
            ? null
            : "Error: Requested function could not be found. Correct yourself.";
    }

    private static async Task<Invocation> InvokeAsync(
        AutoFunctionInvocationContext context, FunctionCallContent call, KernelFunction function, Kernel kernel, CancellationToken cancellationToken)
    {
        try
        {
            await RunFiltersAsync(kernel.AutoFunctionInvocationFilters, 0, context, async current =>
            {
                if (current.Terminate)
                {
                    return;
                }

                current.Result = await function.InvokeAsync(kernel, context.Arguments, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new Invocation(context, call, null, $"Error: Exception while invoking function. {ex.Message}");
        }

        return new Invocation(context, call, KernelFunctionResults.Normalize(context.Result.GetValue<object>()), null);
    }

    private static Task RunFiltersAsync(
        IList<IAutoFunctionInvocationFilter> filters, int index, AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> function) =>
        index < filters.Count
            ? filters[index].OnAutoFunctionInvocationAsync(context, next => RunFiltersAsync(filters, index + 1, next, function))
            : function(context);

    /// <summary>A call that ran (or threw): the message's text is the result when it is text, as SK's connectors write it.</summary>
    private void AddResult(ChatHistory chatHistory, FunctionCallContent call, object? result, string? error)
    {
        if (error is not null)
        {
            GroqLog.FunctionCallFailed(logger, call.Id, KernelTools.ToolName(call.PluginName, call.FunctionName), error);
        }

        var message = new ChatMessageContent(AuthorRole.Tool, content: result as string);
        message.Items.Add(new FunctionResultContent(call.FunctionName, call.PluginName, call.Id, result ?? error ?? string.Empty));
        chatHistory.Add(message);
    }

    /// <summary>A call that could not run: the message's text is the error.</summary>
    private void AddError(ChatHistory chatHistory, FunctionCallContent call, string error)
    {
        GroqLog.FunctionCallFailed(logger, call.Id, KernelTools.ToolName(call.PluginName, call.FunctionName), error);
        var message = new ChatMessageContent(AuthorRole.Tool, content: error);
        message.Items.Add(new FunctionResultContent(call.FunctionName, call.PluginName, call.Id, error));
        chatHistory.Add(message);
    }

    private readonly record struct Invocation(AutoFunctionInvocationContext Context, FunctionCallContent Call, object? Result, string? Error);
}
