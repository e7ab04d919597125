using System.Collections.Concurrent;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Starts every example run the tests check at once (a few at a time, since each is a process that builds nothing but
/// starts a runtime and an emulator), so the tests of one class, which xunit runs one after another, wait only for their own.
/// </summary>
public sealed class ExampleRuns : IAsyncLifetime
{
    private static readonly (string Key, string Name, string[] Args)[] Planned =
    [
        ("QuickStart", "QuickStart", []),
        ("Plugins", "Plugins", []),
        ("Agent", "Agent", []),
        ("Batch", "Batch", []),
        ("Transcribe", "Transcribe", []),
        ("Transcribe missing file", "Transcribe", ["no-such-recording.wav"]),
        ("StructuredOutput", "StructuredOutput", []),
        ("Vision", "Vision", []),
        ("Reasoning", "Reasoning", []),
        ("Speech", "Speech", ["speech.wav"]),
        ("Speech missing folder", "Speech", ["no-such-folder/speech.wav"]),
        ("ChatClientPipeline", "ChatClientPipeline", []),
    ];

    private readonly ConcurrentDictionary<string, Task<ExampleRun>> _runs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(Math.Max(2, Environment.ProcessorCount));

    /// <summary>The run of this key (an example's name, or a named variant).</summary>
    internal Task<ExampleRun> Get(string key) => _runs[key];

    /// <inheritdoc />
    public ValueTask InitializeAsync()
    {
        foreach (var (key, name, args) in Planned)
        {
            _runs[key] = RunAsync(name, args);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var run in _runs.Values)
        {
            await ((Task)run).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (run.IsCompletedSuccessfully)
            {
                try
                {
                    Directory.Delete(run.Result.WorkingDirectory, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temp folder is harmless.
                }
            }
        }

        _slots.Dispose();
    }

    private async Task<ExampleRun> RunAsync(string name, string[] args)
    {
        await _slots.WaitAsync();
        try
        {
            return await ExampleRunner.RunAsync(name, args);
        }
        finally
        {
            _slots.Release();
        }
    }
}
