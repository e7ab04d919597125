using System.Diagnostics;
using System.Text;

namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>
/// A running <c>groq-emulator</c> process: started with <c>--port 0</c> (a free port), known to be ready once it has printed
/// its whole banner (base URL, key), stopped with SIGTERM as a service manager (or Ctrl+C) would stop it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _baseUrl = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Uri? _printedBaseUrl;

    private ServerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _baseUrl.TrySetException(new InvalidOperationException($"The server exited before it was ready:\n{Output}"));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The base URL the server printed, such as <c>http://127.0.0.1:41234/openai/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The API key the server printed in its banner, or null before it did.</summary>
    public string? PrintedApiKey { get; private set; }

    /// <summary>What the server printed so far, with the API key it printed replaced by <c>***</c>, so a failure message cannot leak it.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server built in this repository (<c>dotnet &lt;dll&gt; args</c>) and waits until it listens.</summary>
    public static Task<ServerProcess> StartBuiltAsync(params string[] args) =>
        StartAsync(DotnetCli.Host, [RepositoryLayout.ServerAssembly, .. args]);

    /// <summary>Starts a server command and waits until it has printed its banner.</summary>
    public static async Task<ServerProcess> StartAsync(string fileName, IReadOnlyList<string> args)
    {
        var server = new ServerProcess(DotnetCli.Start(fileName, args, Path.GetTempPath()));
        try
        {
            server.BaseUrl = await server._baseUrl.Task.WaitAsync(StartTimeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends SIGTERM and waits for the process to exit.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync()
    {
        var kill = await DotnetCli.RunAsync("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], Path.GetTempPath(), StopTimeout);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM failed: {kill.Output}");
        }

        using var deadline = new CancellationTokenSource(StopTimeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        const string KeyPrefix = "API key:";
        lock (_output)
        {
            if (line.StartsWith(KeyPrefix, StringComparison.Ordinal))
            {
                PrintedApiKey = line[KeyPrefix.Length..].Trim();
            }

            _output.AppendLine(line.StartsWith(KeyPrefix, StringComparison.Ordinal) && !line.Contains("not checked", StringComparison.Ordinal)
                ? KeyPrefix + " ***"
                : line);
        }

        const string Prefix = "Base URL:";
        if (line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            _printedBaseUrl = new Uri(line[Prefix.Length..].Trim().Split(' ', 2)[0]);
        }

        // The banner's last line: the whole banner has been read, and the server listens.
        if (line == "Press Ctrl+C to stop." && _printedBaseUrl is { } url)
        {
            _baseUrl.TrySetResult(url);
        }
    }
}
