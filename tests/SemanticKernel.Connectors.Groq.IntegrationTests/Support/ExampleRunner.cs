using System.Diagnostics;
using System.Text;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Runs a built example (<c>examples/X/bin/{configuration}/{tfm}/X.dll</c>, built with the solution or through this
/// project's references) with <c>dotnet</c>, offline: <c>GROQ_API_KEY</c> and <c>GROQ_BASE_URL</c> are removed from its
/// environment, so it starts the in-process emulator.
/// </summary>
internal static class ExampleRunner
{
    private const string SolutionFile = "SemanticKernel.Connectors.Groq.sln";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The repository root: the nearest folder above this assembly that holds the solution file.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs the example with these arguments in a new empty folder and waits for it to exit.</summary>
    public static async Task<ExampleRun> RunAsync(string name, params string[] args)
    {
        var dll = DllPath(name);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"examples/{name} is not built at {dll}: build the solution (or this test project) in the same configuration first.", dll);
        }

        var workingDirectory = Directory.CreateTempSubdirectory($"example-{name}-").FullName;
        // The host that runs `dotnet test` (set by the SDK), else the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("GROQ_API_KEY");
        start.Environment.Remove("GROQ_BASE_URL");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"examples/{name} did not exit within {Timeout.TotalSeconds} s. Output so far:{Environment.NewLine}{await stdout}{await stderr}");
        }

        return new ExampleRun(name, process.ExitCode, await stdout, await stderr, workingDirectory);
    }

    private static string DllPath(string name)
    {
        // This assembly lives in tests/<project>/bin/<configuration>/<tfm>/: the examples are built alike.
        var tfmDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDirectory.Parent!.Name;
        return Path.Combine(RepositoryRoot, "examples", name, "bin", configuration, tfmDirectory.Name, name + ".dll");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
