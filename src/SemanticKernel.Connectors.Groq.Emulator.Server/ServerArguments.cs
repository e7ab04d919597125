using System.Globalization;
using System.Net;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>The command line of <c>groq-emulator</c>, read into the emulator's options.</summary>
internal sealed class ServerArguments
{
    /// <summary>The port used when none is given: the one most local examples use.</summary>
    public const int DefaultPort = 8080;

    private static readonly string[] FlagOptions = ["--help", "-h", "-?", "--no-auth", "--enforce-rate-limits"];

    private ServerArguments(GroqEmulatorOptions options, bool showHelp)
    {
        Options = options;
        ShowHelp = showHelp;
    }

    /// <summary>The emulator's settings; a server keeps no request log, since nobody could read it.</summary>
    public GroqEmulatorOptions Options { get; }

    /// <summary>Whether <c>--help</c> was asked for: print <see cref="ServerUsage.Text"/> and start nothing.</summary>
    public bool ShowHelp { get; }

    /// <summary>Reads the arguments; each option is <c>--name value</c> or <c>--name=value</c>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="error">A one-line message naming the wrong option, when the result is null.</param>
    /// <returns>The parsed arguments, or null when an option is unknown or its value is wrong.</returns>
    public static ServerArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new GroqEmulatorOptions { Port = DefaultPort, RecordRequests = false };
        var showHelp = false;
        double? faultRate = null;
        int? faultSeed = null;

        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = Split(args[i]);
            if (!name.StartsWith('-'))
            {
                error = $"Unknown option '{name}'; see --help.";
                return null;
            }

            if (FlagOptions.Contains(name) && value is not null)
            {
                error = $"{name} takes no value; see --help.";
                return null;
            }

            if (!FlagOptions.Contains(name) && value is null)
            {
                // "--model --no-auth" is a forgotten value, not a model named "--no-auth"; "-1" stays a value.
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"{name} needs a value; see --help.";
                    return null;
                }

                value = args[++i];
            }

            error = name switch
            {
                "--help" or "-h" or "-?" => Set(() => showHelp = true),
                "--port" => ReadInt(name, value!, 0, IPEndPoint.MaxPort, port => options.Port = port),
                "--host" => ReadAddress(value!, address => options.ListenAddress = address),
                "--api-key" => string.IsNullOrWhiteSpace(value) ? "--api-key needs a non-empty key." : Set(() => options.ApiKey = value),
                "--no-auth" => Set(() => options.RequireApiKey = false),
                "--model" => ReadModel(name, value!, options.Models),
                "--inactive-model" => ReadModel(name, value!, options.Models, options.InactiveModels),
                "--enforce-rate-limits" => Set(() => options.EnforceRateLimits = true),
                "--requests-per-minute" => ReadInt(name, value!, 1, int.MaxValue, limit => options.RateLimitRequestsPerMinute = limit),
                "--requests-per-day" => ReadInt(name, value!, 1, int.MaxValue, limit => options.RateLimitRequestsPerDay = limit),
                "--tokens-per-minute" => ReadInt(name, value!, 1, int.MaxValue, limit => options.RateLimitTokensPerMinute = limit),
                "--max-audio-bytes" => ReadLong(name, value!, 1, bytes => options.MaxAudioBytes = bytes),
                "--fault-rate" => ReadRate(name, value!, rate => faultRate = rate),
                "--fault-seed" => ReadInt(name, value!, int.MinValue, int.MaxValue, seed => faultSeed = seed),
                "--batch-step-ms" => ReadInt(name, value!, 0, int.MaxValue, ms => options.BatchStepDelay = TimeSpan.FromMilliseconds(ms)),
                "--batch-lines-per-step" => ReadInt(name, value!, 1, int.MaxValue, lines => options.BatchLinesPerStep = lines),
                "--batch-expires-after-s" => ReadInt(name, value!, 1, int.MaxValue, s => options.BatchExpiresAfter = TimeSpan.FromSeconds(s)),
                _ => $"Unknown option '{name}'; see --help.",
            };
            if (error is not null)
            {
                return null;
            }
        }

        if (faultSeed is not null && faultRate is null)
        {
            error = "--fault-seed needs --fault-rate.";
            return null;
        }

        if (faultRate is { } r)
        {
            options.Faults = new EmulatorFaults { Rate = r, Seed = faultSeed };
        }

        error = null;
        return new ServerArguments(options, showHelp);
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.StartsWith("--", StringComparison.Ordinal) ? argument.IndexOf('=', StringComparison.Ordinal) : -1;
        return equals < 0 ? (argument, null) : (argument[..equals], argument[(equals + 1)..]);
    }

    private static string? Set(Action apply)
    {
        apply();
        return null;
    }

    private static string? ReadInt(string name, string value, int min, int max, Action<int> apply) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? Set(() => apply(number))
            : $"{name} takes a whole number from {min} to {max}, not '{value}'.";

    private static string? ReadLong(string name, string value, long min, Action<long> apply) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min
            ? Set(() => apply(number))
            : $"{name} takes a whole number of at least {min}, not '{value}'.";

    private static string? ReadRate(string name, string value, Action<double> apply) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? Set(() => apply(rate))
            : $"{name} takes a fraction of requests from 0 to 1, such as 0.1, not '{value}'.";

    private static string? ReadAddress(string value, Action<IPAddress> apply)
    {
        IPAddress? address = value switch
        {
            "localhost" => IPAddress.Loopback,
            "*" => IPAddress.Any,
            _ => IPAddress.TryParse(value, out var parsed) ? parsed : null,
        };
        return address is null
            ? $"--host takes an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, not '{value}'."
            : Set(() => apply(address));
    }

    private static string? ReadModel(string name, string value, IList<string> models, IList<string>? inactive = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{name} needs a model id.";
        }

        if (!models.Contains(value))
        {
            models.Add(value);
        }

        if (inactive is not null && !inactive.Contains(value))
        {
            inactive.Add(value);
        }

        return null;
    }
}
