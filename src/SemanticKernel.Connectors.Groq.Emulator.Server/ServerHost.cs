using System.Net.Sockets;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Runs the emulator until it is told to stop, printing where clients find it.</summary>
internal static class ServerHost
{
    /// <summary>Exit code for a normal stop.</summary>
    public const int Stopped = 0;

    /// <summary>Exit code when the server could not start (for example, the port is in use).</summary>
    public const int StartFailed = 1;

    /// <summary>Exit code for a wrong command line.</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken stopping)
    {
        var parsed = ServerArguments.Parse(args, out var error);
        if (parsed is null)
        {
            await errors.WriteLineAsync(error).ConfigureAwait(false);
            return UsageError;
        }

        if (parsed.ShowHelp)
        {
            await output.WriteLineAsync(ServerUsage.Text).ConfigureAwait(false);
            return Stopped;
        }

        GroqEmulator emulator;
        try
        {
            emulator = await GroqEmulator.StartAsync(parsed.Options, stopping).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await errors.WriteLineAsync(
                $"Cannot listen on {parsed.Options.ListenAddress} port {parsed.Options.Port}: {exception.Message} " +
                "Pass another --port, or --port 0 for a free one.").ConfigureAwait(false);
            return StartFailed;
        }
        catch (SocketException exception)
        {
            // Kestrel turns only "address in use" into an IOException: an address this machine does not have, or a port
            // below 1024 without the right to bind it, arrive as the socket's own error.
            await errors.WriteLineAsync(
                $"Cannot listen on {parsed.Options.ListenAddress} port {parsed.Options.Port}: {exception.Message}. " +
                "Pass an address of this machine to --host (127.0.0.1 by default) and a port you may open to --port.").ConfigureAwait(false);
            return StartFailed;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return Stopped;
        }

        await using (emulator.ConfigureAwait(false))
        {
            await output.WriteLineAsync(Banner(emulator, parsed.Options)).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("Stopping.").ConfigureAwait(false);
            }
        }

        return Stopped;
    }

    private static string Banner(GroqEmulator emulator, GroqEmulatorOptions options)
    {
        var endpoint = emulator.Endpoint.ToString();
        var root = emulator.Endpoint.GetLeftPart(UriPartial.Authority);
        var key = options.RequireApiKey ? emulator.ApiKey : "any (not checked: --no-auth)";
        return $"""
            Groq emulator listening (offline: answers are emulated, not a model's).
            Base URL:      {endpoint}    (OpenAI-compatible clients; GroqClientOptions.Endpoint)
            GROQ_BASE_URL: {root}    (groq-sdk for JavaScript and Python)
            API key:       {key}
            Press Ctrl+C to stop.
            """;
    }
}
