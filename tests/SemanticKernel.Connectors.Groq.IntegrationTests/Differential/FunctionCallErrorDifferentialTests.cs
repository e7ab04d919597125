using FluentAssertions;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Calls that cannot run as asked (a throwing function, invalid arguments, a function not offered) and non-string results.</summary>
public sealed class FunctionCallErrorDifferentialTests
{
    private static readonly Func<ConnectorSide, Kernel, PromptExecutionSettings?> Auto = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto());

    [Theory, InlineData(false), InlineData(true)]
    public Task A_function_that_throws_sends_the_exception_message_back_as_its_result(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "function throws",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Call("Weather-ReadStation", """{"station":"ST-1"}""", "call_station")), Scripted.Text("The station is down.")],
            ExpectClassic = run => ToolResultSent(run, "Error: Exception while invoking function. Station ST-1 is down."),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Invalid_json_arguments_are_reported_to_the_model_without_invoking_the_function(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "invalid JSON arguments",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Call("Weather-GetWeather", """{"city": "Paris" """, "call_bad")), Scripted.Text("Let me try again.")],
            ExpectClassic = run =>
            {
                run.Invocations.Should().BeEmpty();
                run.History![1].Items.OfType<FunctionCallContent>().Single().Exception!.Message
                    .Should().Be("Error: Function call arguments were invalid JSON.");
                ToolResultSent(run, "Error: Function call processing failed. Correct yourself. Error: Function call arguments were invalid JSON.");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_call_to_a_function_that_was_not_advertised_is_refused(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "call to a function that was not advertised",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(kernel => FunctionChoiceBehavior.Auto([kernel.Plugins[WeatherPlugin.Name][nameof(WeatherPlugin.GetWeather)]])),
            Script = [Scripted.Calls(Scripted.Call("Clock-GetTime", "{}", "call_time")), Scripted.Text("I cannot tell the time.")],
            ExpectClassic = run =>
            {
                run.Invocations.Should().BeEmpty();
                ToolResultSent(run, "Error: Function call request for a function that wasn't defined. Correct yourself.");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_function_returning_an_object_sends_it_as_json_text(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "function returns an object",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Call("Weather-GetForecast", """{"city":"Paris","days":2}""", "call_forecast")), Scripted.Text("Sunny and warm.")],
            ExpectClassic = run => ToolResultSent(run, """{"City":"Paris","Days":2,"Outlook":"Sunny & warm"}"""),
        });

    private static void ToolResultSent(SideRun run, string result)
    {
        run.Requests.Should().HaveCount(2);
        var messages = run.Requests[1].Json!.Value.GetProperty("messages");
        messages[messages.GetArrayLength() - 1].GetProperty("content").GetString().Should().Be(result);
    }
}
