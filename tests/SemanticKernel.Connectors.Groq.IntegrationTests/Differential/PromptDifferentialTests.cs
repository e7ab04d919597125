using FluentAssertions;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary><c>Kernel.InvokePromptAsync</c> and <c>InvokePromptStreamingAsync</c> with the service registered in the kernel.</summary>
public sealed class PromptDifferentialTests
{
    [Theory, InlineData(false), InlineData(true)]
    public Task A_prompt_with_auto_function_calling_invokes_the_function_and_returns_the_answer(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "InvokePrompt with Auto",
            Streaming = streaming,
            Call = ScenarioCall.Prompt,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto()),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run =>
            {
                run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)");
                if (!streaming)
                {
                    run.PromptResult!.GetValue<string>().Should().Be("It is sunny in Paris.");
                }
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_prompt_without_functions_returns_the_text_answer(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "InvokePrompt with a plain answer",
            Streaming = streaming,
            Call = ScenarioCall.Prompt,
            Settings = ScenarioSettings.Native(null, temperature: 0.5f),
            Script = [Scripted.Text("Sunny.")],
            ExpectClassic = run => run.Requests.Should().ContainSingle(),
        });
}
