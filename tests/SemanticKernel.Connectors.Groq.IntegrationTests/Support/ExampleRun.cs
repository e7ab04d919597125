namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>What one run of an example printed and how it ended.</summary>
/// <param name="Name">The example's folder name under <c>examples/</c>.</param>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="StandardOutput">Everything written to standard output.</param>
/// <param name="StandardError">Everything written to standard error.</param>
/// <param name="WorkingDirectory">The empty folder the example ran in (files it wrote are there).</param>
internal sealed record ExampleRun(string Name, int ExitCode, string StandardOutput, string StandardError, string WorkingDirectory)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public IReadOnlyList<string> Lines => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A readable dump for assertion messages.</summary>
    public override string ToString() =>
        $"examples/{Name} exited with {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}--- stderr ---{Environment.NewLine}{StandardError}";
}
