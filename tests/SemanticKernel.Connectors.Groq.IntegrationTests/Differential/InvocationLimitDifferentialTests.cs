using FluentAssertions;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>A model that calls a function forever: auto-invocation stops after 128 rounds, as SK's classic connector does.</summary>
public sealed class InvocationLimitDifferentialTests
{
    /// <summary>SK's <c>FunctionCallsProcessor.MaximumAutoInvokeAttempts</c>.</summary>
    private const int MaximumAutoInvokeAttempts = 128;

    [Theory, InlineData(false), InlineData(true)]
    public Task After_128_rounds_the_next_request_carries_no_auto_invocation_and_its_call_is_returned(bool streaming) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = "a model that calls the function forever",
            Streaming = streaming,
            Settings = ScenarioSettings.Native(_ => FunctionChoiceBehavior.Auto()),
            Script = [.. Enumerable.Range(0, MaximumAutoInvokeAttempts + 1).Select(i => Scripted.Calls(Scripted.Weather("Paris", $"call_{i}")))],
            ExpectClassic = run =>
            {
                run.Requests.Should().HaveCount(MaximumAutoInvokeAttempts + 1);
                run.Invocations.Should().HaveCount(MaximumAutoInvokeAttempts);
                run.UnusedScriptedResponses.Should().Be(0);
                if (!streaming)
                {
                    run.Messages!.Single().Items.OfType<FunctionCallContent>().Single().Id.Should().Be($"call_{MaximumAutoInvokeAttempts}");
                }
            },
        });
}
