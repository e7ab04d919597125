using System.Diagnostics;
using System.Text;

namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>Runs the .NET CLI as a child process, isolated from the MSBuild state of the test run that started it.</summary>
internal static class DotnetCli
{
    /// <summary>The same dotnet host that runs the tests, so the scratch build uses this SDK.</summary>
    public static string Host { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    /// <summary>Starts <paramref name="fileName"/> with redirected output and the environment a fresh shell would give it.</summary>
    public static Process Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` sets MSBuild variables for its own build; a nested build must not inherit them.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
    }

    /// <summary>Runs <c>dotnet</c> with the arguments and waits for it, killing it after <paramref name="timeout"/>.</summary>
    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout) =>
        RunAsync(Host, arguments, workingDirectory, timeout);

    /// <summary>Runs a program and waits for it, killing it after <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var output = new StringBuilder();
        using var process = Start(fileName, arguments, workingDirectory);
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish in {timeout}:\n{Text(output)}");
        }

        return new ProcessResult(process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
