using System.ComponentModel;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Kernel plugins, function choice behaviors and filters through <see cref="GroqChatCompletionService"/> against the emulator.</summary>
public sealed class KernelPluginsOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Auto_invokes_the_plugin_runs_both_filters_and_fills_the_history()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);
        var filter = new RecordingFilter();
        kernel.AutoFunctionInvocationFilters.Add(filter);
        kernel.FunctionInvocationFilters.Add(filter);
        var history = new ChatHistory("You answer about weather.");
        history.AddUserMessage("Weather in Paris?");

        var answer = await Service(kernel).GetChatMessageContentAsync(
            history, new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel, Ct);

        answer.Content.Should().Be("According to Weather-GetWeather: Sunny in Paris");
        weather.Cities.Should().Equal("Paris");
        filter.Events.Should().Equal("auto:Weather-GetWeather", "function:Weather-GetWeather");
        history.Select(m => m.Role).Should().Equal(AuthorRole.System, AuthorRole.User, AuthorRole.Assistant, AuthorRole.Tool);
        var call = history[2].Items.OfType<FunctionCallContent>().Should().ContainSingle().Subject;
        call.PluginName.Should().Be("Weather");
        call.FunctionName.Should().Be("GetWeather");
        var result = history[3].Items.OfType<FunctionResultContent>().Should().ContainSingle().Subject;
        result.CallId.Should().Be(call.Id);
        result.PluginName.Should().Be("Weather");
        result.Result.Should().Be("Sunny in Paris");

        emulator.Requests.Should().HaveCount(2).And.OnlyContain(r => r.StatusCode == 200);
        var first = emulator.Requests[0].Json!.Value;
        first.GetProperty("tools")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("Weather-GetWeather");
        first.GetProperty("tool_choice").GetString().Should().Be("auto");
        var secondMessages = emulator.Requests[1].Json!.Value.GetProperty("messages");
        secondMessages.EnumerateArray().Select(m => m.GetProperty("role").GetString()).Should().Equal("system", "user", "assistant", "tool");
    }

    [Fact]
    public async Task Streaming_auto_invocation_yields_the_answer_and_adds_call_and_result_to_the_history()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);
        var history = new ChatHistory();
        history.AddUserMessage("Weather in Paris?");

        var updates = await Service(kernel).GetStreamingChatMessageContentsAsync(
            history, new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel, Ct).ToListAsync(Ct);

        string.Concat(updates.Select(u => u.Content)).Should().Be("According to Weather-GetWeather: Sunny in Paris");
        weather.Cities.Should().Equal("Paris");
        history.Select(m => m.Role).Should().Equal(AuthorRole.User, AuthorRole.Assistant, AuthorRole.Tool);
        history[1].Items.OfType<FunctionCallContent>().Should().ContainSingle().Which.FunctionName.Should().Be("GetWeather");
        history[2].Items.OfType<FunctionResultContent>().Should().ContainSingle().Which.Result.Should().Be("Sunny in Paris");
        emulator.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Json!.Value.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task Required_forces_one_call_then_lets_the_model_answer()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);

        var answer = await Service(kernel).GetChatMessageContentAsync(
            "Hello", new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Required() }, kernel, Ct);

        answer.Content.Should().Be("According to Weather-GetWeather: Sunny in emulated", "\"Hello\" names no city, so the forced call gets the schema's sample");
        weather.Cities.Should().Equal("emulated");
        emulator.Requests[0].Json!.Value.GetProperty("tool_choice").GetString().Should().Be("required");
        emulator.Requests.Should().OnlyContain(r => r.StatusCode == 200);
    }

    [Fact]
    public async Task None_advertises_the_functions_but_the_model_answers_without_calling()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);

        var answer = await Service(kernel).GetChatMessageContentAsync(
            "Hello", new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.None() }, kernel, Ct);

        answer.Content.Should().Be("You asked: Hello");
        weather.Cities.Should().BeEmpty();
        var request = emulator.Requests.Should().ContainSingle().Subject.Json!.Value;
        request.GetProperty("tool_choice").GetString().Should().Be("none");
        request.GetProperty("tools").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Without_auto_invoke_the_call_is_returned_and_the_caller_invokes_it_and_adds_it_back()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);
        var service = Service(kernel);
        var settings = new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false) };
        var history = new ChatHistory();
        history.AddUserMessage("Weather in Paris?");

        var reply = await service.GetChatMessageContentAsync(history, settings, kernel, Ct);

        weather.Cities.Should().BeEmpty("nothing is invoked for the caller");
        var call = FunctionCallContent.GetFunctionCalls(reply).Should().ContainSingle().Subject;
        call.FunctionName.Should().Be("GetWeather");
        call.Arguments!["city"]!.ToString().Should().Be("Paris");
        history.Add(reply);
        history.Add((await call.InvokeAsync(kernel, Ct)).ToChatMessage());
        weather.Cities.Should().Equal("Paris");

        var final = await service.GetChatMessageContentAsync(history, settings, kernel, Ct);

        final.Content.Should().Be("According to Weather-GetWeather: Sunny in Paris");
        var messages = emulator.Requests[1].Json!.Value.GetProperty("messages");
        messages[1].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("Weather-GetWeather");
        messages[2].GetProperty("tool_call_id").GetString().Should().Be(call.Id);
    }

    [Fact]
    public async Task Streaming_without_auto_invoke_yields_the_call_for_the_caller()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);

        var updates = await Service(kernel).GetStreamingChatMessageContentsAsync(
            new ChatHistory("Weather in Paris?", AuthorRole.User),
            new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false) }, kernel, Ct).ToListAsync(Ct);

        var builder = new FunctionCallContentBuilder();
        foreach (var update in updates)
        {
            builder.Append(update);
        }

        builder.Build().Should().ContainSingle().Which.FunctionName.Should().Be("GetWeather");
        weather.Cities.Should().BeEmpty();
        emulator.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_filter_that_terminates_stops_the_loop_after_the_function_ran()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);
        kernel.AutoFunctionInvocationFilters.Add(new TerminatingFilter());

        var answer = await Service(kernel).GetChatMessageContentAsync(
            "Weather?", new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel, Ct);

        weather.Cities.Should().ContainSingle();
        emulator.Requests.Should().ContainSingle("the filter ended the loop before a second request");
        answer.Items.OfType<FunctionResultContent>().Should().ContainSingle().Which.Result.Should().Be("Sunny in emulated", "\"Weather?\" names no city");
    }

    [Fact]
    public async Task InvokePromptAsync_with_a_prompt_template_calls_plugins_through_the_kernel()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var (kernel, weather) = KernelWith(emulator);

        var result = await kernel.InvokePromptAsync(
            "Weather in {{$city}}?",
            new KernelArguments(new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0 }) { ["city"] = "Oslo" },
            cancellationToken: Ct);

        result.GetValue<string>().Should().Be("According to Weather-GetWeather: Sunny in Oslo");
        weather.Cities.Should().Equal("Oslo");
        var first = emulator.Requests[0].Json!.Value;
        first.GetProperty("messages")[0].GetProperty("content").GetString().Should().Be("Weather in Oslo?");
        first.GetProperty("temperature").GetDouble().Should().BeApproximately(1e-8, 1e-12);
    }

    private static (Kernel Kernel, WeatherPlugin Weather) KernelWith(GroqEmulator emulator)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(
            new GroqChatCompletionService("llama-3.3-70b-versatile", EmulatorClients.Options(emulator)));
        var kernel = builder.Build();
        var weather = new WeatherPlugin();
        kernel.Plugins.AddFromObject(weather, "Weather");
        return (kernel, weather);
    }

    private static IChatCompletionService Service(Kernel kernel) => kernel.GetRequiredService<IChatCompletionService>();

    private sealed class WeatherPlugin
    {
        public List<string> Cities { get; } = [];

        [KernelFunction, Description("Gets the weather of a city")]
        public string GetWeather([Description("The city")] string city)
        {
            Cities.Add(city);
            return $"Sunny in {city}";
        }
    }

    private sealed class RecordingFilter : IAutoFunctionInvocationFilter, IFunctionInvocationFilter
    {
        public List<string> Events { get; } = [];

        public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
        {
            Events.Add($"auto:{context.Function.PluginName}-{context.Function.Name}");
            await next(context);
        }

        public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
        {
            Events.Add($"function:{context.Function.PluginName}-{context.Function.Name}");
            await next(context);
        }
    }

    private sealed class TerminatingFilter : IAutoFunctionInvocationFilter
    {
        public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
        {
            await next(context);
            context.Terminate = true;
        }
    }
}
