using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// The very same <see cref="OpenAIPromptExecutionSettings"/> instance passed to both services: the Groq service must
/// take SK's OpenAI settings as they are, and hand filters that instance.
/// </summary>
public sealed class SharedSettingsDifferentialTests
{
    [Theory, InlineData(false), InlineData(true)]
    public Task Shared_openai_settings_with_auto_invoke_the_called_function(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "shared OpenAI settings, Auto with a kernel",
            Streaming = streaming,
            Settings = ScenarioSettings.SharedOpenAI(new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            ExpectClassic = run => run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)"),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Shared_openai_settings_without_auto_invoke_return_the_call(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "shared OpenAI settings, Auto(autoInvoke: false)",
            Streaming = streaming,
            Settings = ScenarioSettings.SharedOpenAI(new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: false) }),
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            ExpectClassic = run => run.Requests.Should().ContainSingle(),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Shared_openai_sampling_settings_are_sent_and_a_length_finish_is_reported(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "shared OpenAI settings, temperature 0, max tokens, system prompt",
            Streaming = streaming,
            Settings = ScenarioSettings.SharedOpenAI(new OpenAIPromptExecutionSettings
            {
                Temperature = 0,
                TopP = 0.5,
                MaxTokens = 40,
                Seed = 7,
                StopSequences = ["END"],
                ChatSystemPrompt = "You are terse.",
            }),
            Script = [Scripted.Text("Sunny and", finishReason: "length")],
            ExpectClassic = run =>
            {
                var request = run.Requests.Should().ContainSingle().Subject.Json!.Value;
                request.GetProperty("temperature").GetDouble().Should().Be(0);
                if (!streaming)
                {
                    run.Messages!.Single().Metadata![ContentFacts.FinishReasonKey].Should().Be("Length");
                }
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Shared_openai_developer_prompt_is_sent_first(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "shared OpenAI settings, ChatDeveloperPrompt",
            Streaming = streaming,
            Settings = ScenarioSettings.SharedOpenAI(new OpenAIPromptExecutionSettings { ChatDeveloperPrompt = "Answer in one word." }),
            Script = [Scripted.Text("Sunny.")],
            ExpectClassic = run => run.Requests.Should().ContainSingle().Which.Json!.Value.GetProperty("messages")[0]
                .GetProperty("role").GetString().Should().Be("developer"),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Native_sampling_settings_are_sent_like_the_classic_ones(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "native settings, temperature 0 and max tokens",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(null, temperature: 0, maxTokens: 40),
            Script = [Scripted.Text("Sunny and", finishReason: "length")],
            ExpectClassic = run => run.Requests.Should().ContainSingle(),
        });
}
