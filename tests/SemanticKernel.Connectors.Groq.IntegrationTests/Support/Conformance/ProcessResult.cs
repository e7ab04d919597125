namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>How a child process ended and what it wrote.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The last lines of both streams, for a failure or skip message.</summary>
    public string Tail(int maxChars = 1500)
    {
        string text = (StandardError + "\n" + StandardOutput).Trim();
        return text.Length <= maxChars ? text : "..." + text[^maxChars..];
    }
}
