using System.ComponentModel;
using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>Runs a command to completion with a timeout; stops only the process tree it started.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="command"/>, or returns <see langword="null"/> when it is not installed.</summary>
    public static async Task<ProcessResult?> TryRunAsync(
        string command, IReadOnlyList<string> arguments, string workingDirectory, string? standardInput, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Resolve(command))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["npm_config_update_notifier"] = "false";
        start.Environment["NO_COLOR"] = "1";

        using var process = new Process { StartInfo = start };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return null;
        }

        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{command} {string.Join(' ', arguments)}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr, stopwatch.Elapsed);
    }

    /// <summary>On Windows npm is a batch file, which Process.Start only finds with its extension.</summary>
    private static string Resolve(string command) => OperatingSystem.IsWindows() && command == "npm" ? "npm.cmd" : command;
}
