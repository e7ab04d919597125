using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Runs a scenario on one side, against its own emulator over a loopback socket, and records what happened.</summary>
internal static class ScenarioRunner
{
    public const string ModelId = "llama-3.3-70b-versatile";

    /// <summary>A side that loops or hangs is stopped, and the stop shows as its outcome.</summary>
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(20);

    public static async Task<SideRun> RunAsync(DifferentialScenario scenario, ConnectorSide side, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: cancellationToken);
        foreach (var response in scenario.Script)
        {
            emulator.Enqueue(response);
        }

        var log = new InvocationLog();
        var observer = new ObservingFilter();
        var kernel = BuildKernel(scenario, CreateService(side, emulator), log, observer);
        var settings = scenario.Settings(side, kernel);
        observer.CallerSettings = settings;
        var run = new SideRun { Side = side };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RunTimeout);
        try
        {
            await InvokeAsync(scenario, kernel, settings, observer, run, timeout.Token);
        }
        catch (Exception exception)
        {
            run.Exception = exception;
        }

        run.Requests = [.. emulator.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal))];
        run.UnusedScriptedResponses = emulator.PendingResponses;
        run.Invocations = log.Entries;
        run.Observations = observer.Observations;
        run.Elapsed = stopwatch.Elapsed;
        return run;
    }

    private static IChatCompletionService CreateService(ConnectorSide side, GroqEmulator emulator) => side == ConnectorSide.Classic
        ? new OpenAIChatCompletionService(ModelId, emulator.Endpoint, emulator.ApiKey)
        : new GroqChatCompletionService(ModelId, emulator.ApiKey, emulator.Endpoint);

    private static Kernel BuildKernel(DifferentialScenario scenario, IChatCompletionService service, InvocationLog log, ObservingFilter observer)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(service);
        var kernel = builder.Build();
        kernel.Plugins.AddFromObject(new WeatherPlugin(log), WeatherPlugin.Name);
        kernel.Plugins.AddFromObject(new ClockPlugin(log), ClockPlugin.Name);
        kernel.AutoFunctionInvocationFilters.Add(observer);
        foreach (var filter in scenario.Filters)
        {
            kernel.AutoFunctionInvocationFilters.Add(new AutoFilter(filter));
        }

        return kernel;
    }

    private static async Task InvokeAsync(
        DifferentialScenario scenario, Kernel kernel, PromptExecutionSettings? settings, ObservingFilter observer, SideRun run, CancellationToken cancellationToken)
    {
        if (scenario.Call == ScenarioCall.Prompt)
        {
            var arguments = new KernelArguments(settings!);
            if (scenario.Streaming)
            {
                var updates = new List<StreamingChatMessageContent>();
                run.Updates = updates;
                await foreach (var update in kernel.InvokePromptStreamingAsync<StreamingChatMessageContent>(
                    scenario.Prompt, arguments, cancellationToken: cancellationToken))
                {
                    updates.Add(update);
                }
            }
            else
            {
                run.PromptResult = await kernel.InvokePromptAsync(scenario.Prompt, arguments, cancellationToken: cancellationToken);
            }

            return;
        }

        var service = kernel.GetRequiredService<IChatCompletionService>();
        var history = scenario.History();
        observer.CallerHistory = history;
        run.History = history;
        var passedKernel = scenario.PassKernel ? kernel : null;
        if (scenario.Streaming)
        {
            var updates = new List<StreamingChatMessageContent>();
            run.Updates = updates;
            await foreach (var update in service.GetStreamingChatMessageContentsAsync(history, settings, passedKernel, cancellationToken))
            {
                updates.Add(update);
            }
        }
        else
        {
            run.Messages = await service.GetChatMessageContentsAsync(history, settings, passedKernel, cancellationToken);
        }
    }
}
