using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Auto function invocation filters that terminate, skip, catch, override arguments or edit the history.</summary>
public sealed class FilterDifferentialTests
{
    private static readonly Func<ConnectorSide, Kernel, PromptExecutionSettings?> Auto = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto());

    [Theory, InlineData(false), InlineData(true)]
    public Task Terminating_in_a_pre_filter_returns_the_last_tool_message_without_running_the_function(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "terminate before the function runs",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            Filters =
            [
                (context, _) =>
                {
                    context.Result = new FunctionResult(context.Function, "Stopped before running");
                    context.Terminate = true;
                    return Task.CompletedTask;
                },
            ],
            ExpectClassic = run =>
            {
                run.Requests.Should().ContainSingle();
                run.Invocations.Should().BeEmpty();
                ExpectTerminationResult(run, streaming, "Stopped before running");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Terminating_in_a_post_filter_returns_the_function_result_as_the_last_tool_message(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "terminate after the function ran",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("never requested")],
            Filters =
            [
                async (context, next) =>
                {
                    await next(context);
                    context.Terminate = true;
                },
            ],
            ExpectClassic = run =>
            {
                run.Requests.Should().ContainSingle();
                run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)");
                ExpectTerminationResult(run, streaming, "Sunny in Paris");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Terminating_on_the_first_of_two_calls_leaves_the_second_uninvoked(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "terminate on the first of two calls",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris"), Scripted.Weather("Oslo", "call_oslo")), Scripted.Text("never requested")],
            Filters =
            [
                async (context, next) =>
                {
                    await next(context);
                    context.Terminate = context.FunctionSequenceIndex == 0;
                },
            ],
            ExpectClassic = run =>
            {
                run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)");
                run.History!.Should().HaveCount(3, "the user message, the calls and the first result");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_filter_that_catches_the_exception_and_sets_a_result_sends_that_result(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "filter catches a function's exception",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Call("Weather-ReadStation", """{"station":"ST-1"}""", "call_station")), Scripted.Text("The station is down.")],
            Filters =
            [
                async (context, next) =>
                {
                    try
                    {
                        await next(context);
                    }
                    catch (InvalidOperationException exception)
                    {
                        context.Result = new FunctionResult(context.Function, "Recovered: " + exception.Message);
                    }
                },
            ],
            ExpectClassic = run => run.Requests[1].BodyText.Should().Contain("Recovered: Station ST-1 is down."),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_filter_that_skips_the_function_sends_the_result_it_set(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "filter skips the function",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("Skipped, then.")],
            Filters =
            [
                (context, _) =>
                {
                    context.Result = new FunctionResult(context.Function, "Skipped by policy");
                    return Task.CompletedTask;
                },
            ],
            ExpectClassic = run =>
            {
                run.Invocations.Should().BeEmpty();
                run.Requests.Should().HaveCount(2);
                run.Requests[1].BodyText.Should().Contain("Skipped by policy");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_filter_that_overrides_the_arguments_runs_the_function_with_them(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "filter overrides the arguments",
            Streaming = streaming,
            Settings = Auto,
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Lyon.")],
            Filters =
            [
                (context, next) =>
                {
                    context.Arguments!["city"] = "Lyon";
                    return next(context);
                },
            ],
            ExpectClassic = run => run.Invocations.Should().Equal("Weather-GetWeather(city=Lyon)"),
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task A_filter_that_trims_the_chat_history_shapes_the_next_request(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "filter removes earlier turns from the history",
            Streaming = streaming,
            Settings = Auto,
            History = () =>
            {
                var history = new ChatHistory("You answer about weather.");
                history.AddUserMessage("Hi");
                history.AddAssistantMessage("Hello! Ask me about the weather.");
                history.AddUserMessage("Weather in Paris?");
                return history;
            },
            Script = [Scripted.Calls(Scripted.Weather("Paris", "call_paris")), Scripted.Text("It is sunny in Paris.")],
            Filters =
            [
                (context, next) =>
                {
                    if (context.RequestSequenceIndex == 0 && context.ChatHistory.Count > 3)
                    {
                        context.ChatHistory.RemoveRange(1, 2);
                    }

                    return next(context);
                },
            ],
            ExpectClassic = run =>
            {
                run.Requests.Should().HaveCount(2);
                run.Requests[1].Json!.Value.GetProperty("messages").GetArrayLength().Should().Be(4, "system, user, the call and its result");
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Two_calls_in_one_answer_run_in_order_with_their_sequence_indices(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "two calls in one answer",
            Streaming = streaming,
            Settings = Auto,
            Script =
            [
                Scripted.Calls(Scripted.Weather("Paris", "call_paris"), Scripted.Call("Clock-GetTime", "{}", "call_time")),
                Scripted.Text("Sunny in Paris at noon."),
            ],
            ExpectClassic = run =>
            {
                run.Invocations.Should().Equal("Weather-GetWeather(city=Paris)", "Clock-GetTime()");
                run.Observations.Select(o => (o.FunctionSequenceIndex, o.FunctionCount)).Should().Equal((0, 2), (1, 2));
            },
        });

    [Theory, InlineData(false), InlineData(true)]
    public Task Concurrent_invocation_runs_both_calls_and_adds_the_results_in_call_order(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "concurrent invocation of two calls",
            Streaming = streaming,
            CallsMayOverlap = true,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto(
                options: new() { AllowConcurrentInvocation = true, AllowParallelCalls = true })),
            Script =
            [
                Scripted.Calls(
                    Scripted.Call("Clock-GetTimeIn", """{"city":"Paris","delayMs":150}""", "call_slow"),
                    Scripted.Call("Clock-GetTimeIn", """{"city":"Oslo","delayMs":1}""", "call_fast")),
                Scripted.Text("Noon in both."),
            ],
            ExpectClassic = run =>
            {
                run.Observations.Select(o => o.FunctionSequenceIndex).Should().BeEquivalentTo([0, 1]);
                run.History!.Skip(2).SelectMany(m => m.Items.OfType<FunctionResultContent>()).Select(r => r.CallId)
                    .Should().Equal("call_slow", "call_fast");
            },
        });

    private static void ExpectTerminationResult(SideRun run, bool streaming, string result)
    {
        if (streaming)
        {
            var last = run.Updates![^1];
            last.Role.Should().Be(AuthorRole.Tool);
            last.Content.Should().Be(result);
        }
        else
        {
            var message = run.Messages.Should().ContainSingle().Subject;
            message.Role.Should().Be(AuthorRole.Tool);
            message.Content.Should().Be(result);
        }
    }
}
