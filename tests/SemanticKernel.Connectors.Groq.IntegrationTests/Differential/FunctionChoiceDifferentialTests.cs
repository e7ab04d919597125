using System.Text.Json;
using FluentAssertions;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>FunctionChoiceBehavior Auto / Required / None, with and without auto-invocation and a kernel, on both connectors.</summary>
public sealed class FunctionChoiceDifferentialTests
{
    private static readonly Func<Kernel, KernelFunction> GetWeather = kernel => kernel.Plugins[WeatherPlugin.Name][nameof(WeatherPlugin.GetWeather)];

    [Theory, InlineData(false), InlineData(true)]
    public Task Auto_with_a_kernel_invokes_the_called_function_and_sends_its_result_back(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Auto with a kernel",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto()),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run =>
            {
                run.Requests.Should().HaveCount(2);
                run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Auto_without_auto_invoke_returns_the_call_to_the_caller_after_one_request(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Auto(autoInvoke: false) with a kernel",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto(autoInvoke: false)),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            ExpectClassic = ReturnsTheCallAfterOneRequest,
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Auto_without_a_kernel_throws_before_sending_anything(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Auto() without a kernel",
            Streaming = streaming,
            PassKernel = false,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto()),
            Script = [Scripted.Text("never requested")],
            ClassicThrows = typeof(KernelException),
            ExpectClassic = run =>
            {
                run.Exception!.Message.Should().Be("Auto-invocation is not supported when no kernel is provided.");
                run.Requests.Should().BeEmpty();
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Auto_without_auto_invoke_and_no_kernel_sends_the_placeholder_tool_with_tool_choice_none(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Auto(autoInvoke: false) without a kernel",
            Streaming = streaming,
            PassKernel = false,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto(autoInvoke: false)),
            Script = [Scripted.Text("No tools today.")],
            ExpectClassic = run =>
            {
                var request = run.Requests.Should().ContainSingle().Subject.Json!.Value;
                request.GetProperty("tool_choice").GetString().Should().Be("none");
                request.GetProperty("tools").EnumerateArray().Select(ToolName).Should().Equal("NonInvocableTool");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Auto_with_listed_functions_without_auto_invoke_and_no_kernel_returns_the_call(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Auto([GetWeather], autoInvoke: false) without a kernel",
            Streaming = streaming,
            PassKernel = false,
            Settings = ScenarioSettings.Native(kernel => FunctionChoiceBehavior.Auto([GetWeather(kernel)], autoInvoke: false)),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            ExpectClassic = ReturnsTheCallAfterOneRequest,
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Required_sends_the_functions_then_the_placeholder_tool_with_tool_choice_none(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Required() with a kernel",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Required()),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run =>
            {
                run.Requests.Should().HaveCount(2);
                run.Requests[0].Json!.Value.GetProperty("tool_choice").GetString().Should().Be("required");
                var second = run.Requests[1].Json!.Value;
                second.GetProperty("tool_choice").GetString().Should().Be("none");
                second.GetProperty("tools").EnumerateArray().Select(ToolName).Should().Equal("NonInvocableTool");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Required_without_auto_invoke_returns_the_call_to_the_caller_after_one_request(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "Required(autoInvoke: false) with a kernel",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Required(autoInvoke: false)),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            ExpectClassic = ReturnsTheCallAfterOneRequest,
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task None_returns_a_call_the_model_makes_anyway_without_invoking_it(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "None() with a kernel, the model calls anyway",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.None()),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            ExpectClassic = ReturnsTheCallAfterOneRequest,
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task None_advertises_the_functions_with_tool_choice_none(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "None() with a kernel",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.None()),
            Script = [Scripted.Text("I would call the weather function.")],
            ExpectClassic = run =>
            {
                var request = run.Requests.Should().ContainSingle().Subject.Json!.Value;
                request.GetProperty("tool_choice").GetString().Should().Be("none");
                request.GetProperty("tools").EnumerateArray().Select(ToolName).Should().Contain("Weather-GetWeather");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_plain_text_answer_without_a_function_choice_behavior_finishes_with_stop(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "plain text answer",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(null),
            Script = [Scripted.Text("Hello there, how can I help?")],
            ExpectClassic = run =>
            {
                run.Requests.Should().ContainSingle().Which.Json!.Value.TryGetProperty("tools", out _).Should().BeFalse();
                if (!streaming)
                {
                    run.Messages!.Single().Metadata![ContentFacts.FinishReasonKey].Should().Be("Stop");
                }
            },
        });

    [Theory, InlineData(false, false), InlineData(false, true), InlineData(true, false), InlineData(true, true)]
    public Task AllowParallelCalls_is_sent_as_parallel_tool_calls(bool streaming, bool allowParallelCalls) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = $"Auto with AllowParallelCalls = {allowParallelCalls}",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto(options: new() { AllowParallelCalls = allowParallelCalls })),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run => run.Requests.Should().HaveCount(2)
                .And.OnlyContain(r => r.Json!.Value.GetProperty("parallel_tool_calls").GetBoolean() == allowParallelCalls),
        });

    private static void ReturnsTheCallAfterOneRequest(SideRun run)
    {
        run.Requests.Should().ContainSingle();
        run.Invocations.Should().BeEmpty();
        run.UnusedScriptedResponses.Should().Be(1);
    }

    private static string? ToolName(JsonElement tool) => tool.GetProperty("function").GetProperty("name").GetString();
}
