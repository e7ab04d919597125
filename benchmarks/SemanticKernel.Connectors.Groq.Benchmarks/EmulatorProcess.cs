using System.Diagnostics;
using System.Globalization;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// An emulator in a child process (this program with <c>--serve-emulator</c>), so a memory measurement of the caller does not
/// count the server's side of the connections. The child answers <c>warmup</c> streams in full, then holds each of the next
/// <c>held</c> streams open after its role chunk and two words, until the caller goes away; it stops when its stdin closes.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static string ApiKey { get; } = new GroqEmulatorOptions().ApiKey;

    public static EmulatorProcess Start(int warmup, int held)
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            start.ArgumentList.Add(typeof(EmulatorProcess).Assembly.Location);
        }

        start.ArgumentList.Add("--serve-emulator");
        start.ArgumentList.Add(warmup.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(held.ToString(CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("The emulator process did not start.");
        var endpoint = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The emulator process exited before it listened.");
        return new EmulatorProcess(process, new Uri(endpoint));
    }

    /// <summary>The child's side: <c>--serve-emulator warmup held</c>.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--serve-emulator");
        var warmup = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        var held = int.Parse(args[at + 2], CultureInfo.InvariantCulture);
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { RecordRequests = false });
        for (var i = 0; i < warmup; i++)
        {
            emulator.Enqueue(EmulatorResponse.Text(EndToEndClients.Answer));
        }

        for (var i = 0; i < held; i++)
        {
            emulator.Enqueue(EmulatorResponse.Text(EndToEndClients.Answer).WithStallAfterChunks(3, TimeSpan.FromMinutes(10)));
        }

        Console.WriteLine(emulator.Endpoint);
        while (await Console.In.ReadLineAsync() is not null)
        {
        }

        return 0;
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(15)))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
