using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Histories that already hold calls and results, developer messages, and <c>ChatSystemPrompt</c>.</summary>
/// <remarks>
/// No message here has an <c>AuthorName</c>: the classic connector would send it as <c>messages[].name</c>, which Groq
/// documents as a 400 (the emulator rejects it too), so there would be no classic run to compare with.
/// </remarks>
public sealed class HistoryDifferentialTests
{
    /// <summary>The classic connector's metadata key for the call id of a tool message given as plain text.</summary>
    private const string ToolCallIdKey = "ChatCompletionsToolCall.Id";

    [Theory, InlineData(false), InlineData(true)]
    public Task Calls_and_results_already_in_the_history_are_sent_as_tool_calls_and_tool_messages(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "earlier calls and results in the history",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto()),
            History = HistoryWithEarlierCalls,
            Script = [Scripted.Text("Paris is sunny, Oslo is rainy.")],
            ExpectClassic = run =>
            {
                var messages = run.Requests.Should().ContainSingle().Subject.Json!.Value.GetProperty("messages");
                messages.EnumerateArray().Select(m => m.GetProperty("role").GetString())
                    .Should().Equal("system", "user", "assistant", "tool", "user", "assistant", "tool", "user");
                messages[6].GetProperty("tool_call_id").GetString().Should().Be("call_h2");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task ChatSystemPrompt_is_sent_first_when_the_history_has_no_system_message(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "ChatSystemPrompt without a system message",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(null, chatSystemPrompt: "You are terse."),
            Script = [Scripted.Text("Sunny.")],
            ExpectClassic = run =>
            {
                var messages = run.Requests.Should().ContainSingle().Subject.Json!.Value.GetProperty("messages");
                messages[0].GetProperty("content").GetString().Should().Be("You are terse.");
                run.History.Should().HaveCount(1, "the system prompt is not added to the caller's history");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task ChatSystemPrompt_is_left_out_when_the_history_has_a_system_message(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "ChatSystemPrompt beside a system message",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(null, chatSystemPrompt: "You are terse."),
            History = () =>
            {
                var history = new ChatHistory("You answer about weather.");
                history.AddUserMessage("Weather in Paris?");
                return history;
            },
            Script = [Scripted.Text("Sunny.")],
            ExpectClassic = run => run.Requests.Should().ContainSingle().Which.BodyText.Should().NotContain("You are terse."),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_developer_message_is_sent_in_place_as_a_system_message(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "developer message in the history",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(null),
            History = () =>
            {
                var history = new ChatHistory();
                history.AddDeveloperMessage("Answer in one word.");
                history.AddUserMessage("Weather in Paris?");
                return history;
            },
            Script = [Scripted.Text("Sunny.")],
            ExpectClassic = run => run.Requests.Should().ContainSingle().Which.Json!.Value.GetProperty("messages")[0]
                .GetProperty("role").GetString().Should().Be("developer"),
        });

    private static ChatHistory HistoryWithEarlierCalls()
    {
        var history = new ChatHistory("You answer about weather.");
        history.AddUserMessage("Weather in Paris?");
        history.Add(new ChatMessageContent(AuthorRole.Assistant, [
            new FunctionCallContent("GetWeather", WeatherPlugin.Name, "call_h1", new KernelArguments { ["city"] = "Paris" })]));
        history.Add(new ChatMessageContent(AuthorRole.Tool, [
            new FunctionResultContent("GetWeather", WeatherPlugin.Name, "call_h1", "Sunny in Paris")]));
        history.AddUserMessage("And in Oslo?");
        history.Add(new ChatMessageContent(AuthorRole.Assistant, [
            new FunctionCallContent("GetWeather", WeatherPlugin.Name, "call_h2", new KernelArguments { ["city"] = "Oslo" })]));
        history.Add(new ChatMessageContent(AuthorRole.Tool, "Rainy in Oslo", metadata: new Dictionary<string, object?> { [ToolCallIdKey] = "call_h2" }));
        history.AddUserMessage("Compare them.");
        return history;
    }
}
