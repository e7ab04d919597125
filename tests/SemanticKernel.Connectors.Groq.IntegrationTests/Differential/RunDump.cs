using System.Text;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// With <c>DIFFERENTIAL_DUMP=/some/file</c> set, appends both sides' raw request bodies, as sent, for each scenario:
/// the failure message shows only where the normalized bodies differ.
/// </summary>
internal static class RunDump
{
    private static readonly Lock Gate = new();

    public static void Write(DifferentialScenario scenario, SideRun classic, SideRun groq)
    {
        if (Environment.GetEnvironmentVariable("DIFFERENTIAL_DUMP") is not { Length: > 0 } path)
        {
            return;
        }

        var text = new StringBuilder().Append("=== ").AppendLine(scenario.DisplayName);
        foreach (var run in (ReadOnlySpan<SideRun>)[classic, groq])
        {
            foreach (var request in run.Requests)
            {
                text.Append(run.Side).Append(' ').Append(request.StatusCode).Append(' ').AppendLine(request.BodyText);
            }
        }

        lock (Gate)
        {
            File.AppendAllText(path, text.ToString());
        }
    }
}
