using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// SK's OpenAI settings with the legacy <see cref="ToolCallBehavior"/>, still in much code: the Groq service offers and
/// invokes functions as the classic connector does, with or without a kernel.
/// </summary>
public sealed class LegacyToolCallBehaviorDifferentialTests
{
    [Theory, InlineData(false), InlineData(true)]
    public Task Auto_invoked_kernel_functions_run_the_called_function(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "ToolCallBehavior.AutoInvokeKernelFunctions",
            Streaming = streaming,
            Settings = Legacy(_ => ToolCallBehavior.AutoInvokeKernelFunctions),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run => run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)"),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Kernel_functions_without_a_kernel_offer_the_placeholder_with_tool_choice_none(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "ToolCallBehavior.AutoInvokeKernelFunctions without a kernel",
            Streaming = streaming,
            PassKernel = false,
            Settings = Legacy(_ => ToolCallBehavior.AutoInvokeKernelFunctions),
            Script = [Scripted.Text("No tools today.")],
            ExpectClassic = run => run.Requests.Should().ContainSingle().Which.Json!.Value.GetProperty("tool_choice").GetString().Should().Be("none"),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Enabled_functions_without_a_kernel_are_offered_and_the_call_returned(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "ToolCallBehavior.EnableFunctions without a kernel",
            Streaming = streaming,
            PassKernel = false,
            Settings = Legacy(kernel => ToolCallBehavior.EnableFunctions([Function(kernel, "GetWeather")])),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            ExpectClassic = run => run.Requests.Should().ContainSingle(),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_required_function_is_named_first_and_none_is_offered_after_it_ran(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "ToolCallBehavior.RequireFunction(autoInvoke: true)",
            Streaming = streaming,
            Settings = Legacy(kernel => ToolCallBehavior.RequireFunction(Function(kernel, "GetWeather"), autoInvoke: true)),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run =>
            {
                run.Requests[0].Json!.Value.GetProperty("tool_choice").GetProperty("function").GetProperty("name").GetString().Should().Be("Weather-GetWeather");
                run.Requests[1].Json!.Value.GetProperty("tool_choice").GetString().Should().Be("none");
            },
        });

    private static Func<ConnectorSide, Kernel, PromptExecutionSettings?> Legacy(Func<Kernel, ToolCallBehavior> behavior) =>
        (_, kernel) => new OpenAIPromptExecutionSettings { ToolCallBehavior = behavior(kernel) };

    private static OpenAIFunction Function(Kernel kernel, string name) => kernel.Plugins["Weather"][name].Metadata.ToOpenAIFunction();
}
