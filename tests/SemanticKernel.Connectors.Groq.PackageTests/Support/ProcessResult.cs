namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>How a finished child process ended and what it printed (standard output and error, interleaved).</summary>
internal sealed record ProcessResult(int ExitCode, string Output);
