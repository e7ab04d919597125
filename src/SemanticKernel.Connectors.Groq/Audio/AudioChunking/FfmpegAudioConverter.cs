using System.ComponentModel;
using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.Audio.AudioChunking;

/// <summary>Converts audio Groq would take too large into 16 kHz mono, the rate Groq downsamples to anyway, with ffmpeg.</summary>
internal static class FfmpegAudioConverter
{
    private const int ErrorLinesKept = 4;
    private const int MaxErrorLineLength = 300;
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(5);

    /// <summary>Finds ffmpeg: <paramref name="configuredPath"/> if set, else <c>ffmpeg</c> on PATH.</summary>
    /// <param name="configuredPath"><see cref="GroqAudioChunkingOptions.FfmpegPath"/>: a path, or a bare name looked up on PATH.</param>
    /// <returns>The full path of the executable, or <see langword="null"/> when none is set and PATH has no ffmpeg.</returns>
    /// <exception cref="FileNotFoundException">A path is set but no executable is there.</exception>
    public static string? Locate(string? configuredPath) => Locate(configuredPath, Environment.GetEnvironmentVariable("PATH"));

    /// <inheritdoc cref="Locate(string?)"/>
    /// <param name="configuredPath"><see cref="GroqAudioChunkingOptions.FfmpegPath"/>.</param>
    /// <param name="searchPath">The PATH to search: directories separated by <see cref="Path.PathSeparator"/>.</param>
    public static string? Locate(string? configuredPath, string? searchPath)
    {
        if (string.IsNullOrWhiteSpace(configuredPath))
        {
            return FindOnPath("ffmpeg", searchPath);
        }

        bool bareName = configuredPath.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]) < 0;
        string? found = bareName
            ? FindOnPath(configuredPath, searchPath)
            : IsExecutable(configuredPath) ? Path.GetFullPath(configuredPath) : null;
        return found ?? throw new FileNotFoundException(
            $"GroqAudioChunkingOptions.FfmpegPath is '{configuredPath}', but there is no such executable{(bareName ? " on PATH" : string.Empty)}.",
            configuredPath);
    }

    /// <summary>Converts the audio from <paramref name="source"/>'s current position to 16 kHz mono FLAC (lossless, about half of PCM).</summary>
    /// <param name="ffmpegPath">The executable, from <see cref="Locate(string?)"/>.</param>
    /// <param name="source">The audio, in any format ffmpeg reads; a <see cref="FileStream"/> at position 0 is read from its file.</param>
    /// <param name="cancellationToken">Stops the copy or kills ffmpeg.</param>
    /// <returns>The converted file, deleted when disposed.</returns>
    /// <exception cref="InvalidOperationException">ffmpeg could not start or failed; the message holds its error output.</exception>
    public static Task<TempAudioFile> ToFlac16kMonoAsync(string ffmpegPath, Stream source, CancellationToken cancellationToken) =>
        ConvertAsync(ffmpegPath, source, ".flac", ["-c:a", "flac", "-f", "flac"], cancellationToken);

    /// <summary>Converts the audio from <paramref name="source"/>'s current position to 16 kHz mono 16-bit PCM WAV, which can be split.</summary>
    /// <inheritdoc cref="ToFlac16kMonoAsync"/>
    public static Task<TempAudioFile> ToWav16kMonoAsync(string ffmpegPath, Stream source, CancellationToken cancellationToken) =>
        // Past 4 GB (about 37 hours) a RIFF size overflows; "auto" switches to RF64 then, which WavFormat reads.
        ConvertAsync(ffmpegPath, source, ".wav", ["-c:a", "pcm_s16le", "-rf64", "auto", "-f", "wav"], cancellationToken);

    private static async Task<TempAudioFile> ConvertAsync(
        string ffmpegPath, Stream source, string extension, string[] codec, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ffmpegPath);
        ArgumentNullException.ThrowIfNull(source);

        TempAudioFile? spool = null;
        TempAudioFile output = TempAudioFile.Reserve(extension);
        try
        {
            string input;
            if (source is FileStream file && file.CanSeek && file.Position == 0 && Path.IsPathFullyQualified(file.Name) && File.Exists(file.Name))
            {
                input = file.Name;
            }
            else
            {
                // Containers such as m4a keep their index at the end, so ffmpeg needs a seekable file, not a pipe.
                spool = TempAudioFile.Reserve(".audio");
                input = spool.Path;
                var copy = new FileStream(input, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
                await using (copy.ConfigureAwait(false))
                {
                    await source.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                }
            }

            await RunAsync(ffmpegPath, Arguments(input, output.Path, codec), cancellationToken).ConfigureAwait(false);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
        finally
        {
            spool?.Dispose();
        }
    }

    private static List<string> Arguments(string input, string output, string[] codec) =>
    [
        "-nostdin", "-hide_banner", "-loglevel", "error",
        // "file:" keeps a name with a colon from being read as a protocol (a file named "http:x" or "concat:a|b").
        "-i", "file:" + input,
        // No video: cover art in an mp3 or m4a would otherwise be carried into the FLAC.
        "-vn", "-ac", "1", "-ar", "16000",
        .. codec,
        "-y", "file:" + output,
    ];

    private static async Task RunAsync(string ffmpegPath, List<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(ffmpegPath)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"ffmpeg could not be started from '{ffmpegPath}': {ex.Message}", ex);
        }

        process.StandardInput.Close();
        Task<string> errors = ReadErrorsAsync(process.StandardError);
        Task output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }

        string error = await errors.ConfigureAwait(false);
        await output.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(error.Length > 0
                ? $"ffmpeg failed converting the audio (exit code {process.ExitCode}):{Environment.NewLine}{error}"
                : $"ffmpeg failed converting the audio (exit code {process.ExitCode}) and printed no error.");
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(KillWait);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    // The first lines usually name the cause and the last the failure; a damaged file can print thousands in between.
    private static async Task<string> ReadErrorsAsync(StreamReader reader)
    {
        var head = new List<string>(ErrorLinesKept);
        var tail = new Queue<string>(ErrorLinesKept);
        int skipped = 0;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            line = line.Length > MaxErrorLineLength ? string.Concat(line.AsSpan(0, MaxErrorLineLength), "…") : line;
            if (head.Count < ErrorLinesKept)
            {
                head.Add(line);
                continue;
            }

            if (tail.Count == ErrorLinesKept)
            {
                tail.Dequeue();
                skipped++;
            }

            tail.Enqueue(line);
        }

        IEnumerable<string> kept = skipped > 0 ? [.. head, $"… ({skipped} more lines)", .. tail] : [.. head, .. tail];
        return string.Join(Environment.NewLine, kept);
    }

    private static string? FindOnPath(string name, string? searchPath)
    {
        foreach (string entry in (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string directory = entry.Trim('"');
            foreach (string candidate in OperatingSystem.IsWindows() && !Path.HasExtension(name) ? [name + ".exe", name] : new[] { name })
            {
                string path = Path.Combine(directory, candidate);
                if (IsExecutable(path))
                {
                    return Path.GetFullPath(path);
                }
            }
        }

        return null;
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) &&
        (OperatingSystem.IsWindows() ||
         (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
