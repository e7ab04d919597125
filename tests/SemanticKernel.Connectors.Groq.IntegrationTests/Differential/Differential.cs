using FluentAssertions;
using FluentAssertions.Execution;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// Runs a scenario through SK's classic OpenAI connector and through <see cref="GroqChatCompletionService"/>, checks that
/// the classic run is what the scenario claims, and fails with every aspect in which the Groq run differs.
/// </summary>
internal static class Differential
{
    public static async Task AssertSameAsync(DifferentialScenario scenario)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var classic = await ScenarioRunner.RunAsync(scenario, ConnectorSide.Classic, cancellationToken);
        using (new AssertionScope($"the classic run of \"{scenario.DisplayName}\""))
        {
            if (scenario.ClassicThrows is null)
            {
                classic.Exception.Should().BeNull("the classic connector is the reference and must complete");
            }
            else
            {
                classic.Exception.Should().BeOfType(scenario.ClassicThrows);
            }

            classic.Requests.Where(r => r.StatusCode != 200).Should().BeEmpty("the emulator must accept everything the classic connector sends");
            if (scenario.Call == ScenarioCall.Chat)
            {
                classic.Observations.Where(o => !o.SettingsAreTheCallers || o.HistoryIsTheCallers != "yes")
                    .Should().BeEmpty("the classic connector hands filters the caller's settings and history");
            }

            scenario.ExpectClassic?.Invoke(classic);
        }

        var groq = await ScenarioRunner.RunAsync(scenario, ConnectorSide.Groq, cancellationToken);
        RunDump.Write(scenario, classic, groq);
        var differences = new List<FactDifference>();
        var groqAspects = groq.Aspects(scenario.CallsMayOverlap).ToDictionary(a => a.Aspect, a => a.Facts);
        foreach (var (aspect, facts) in classic.Aspects(scenario.CallsMayOverlap))
        {
            differences.AddRange(FactComparison.Compare(aspect, facts, groqAspects.GetValueOrDefault(aspect) ?? new Facts()));
        }

        if (differences.Count > 0)
        {
            Assert.Fail(DifferenceReport.Describe(scenario, differences, groq));
        }
    }
}
