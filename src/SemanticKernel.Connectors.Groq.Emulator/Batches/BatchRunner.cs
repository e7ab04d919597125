using System.Diagnostics;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// The emulator's batches and the background workers that walk them through their statuses on the compressed clock of
/// <see cref="GroqEmulatorOptions.BatchStepDelay"/>, <see cref="GroqEmulatorOptions.BatchLinesPerStep"/> and
/// <see cref="GroqEmulatorOptions.BatchExpiresAfter"/>. Disposing stops every worker and waits for it, so no batch keeps
/// running after its emulator is gone.
/// </summary>
internal sealed class BatchRunner : IAsyncDisposable
{
    private const string Expired = "batch_expired";
    private const string Cancelled = "batch_cancelled";

    private readonly Lock _gate = new();
    private readonly List<BatchJob> _jobs = [];
    private readonly HashSet<Task> _workers = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly FileStore _files;
    private readonly TimeSpan _step;
    private readonly TimeSpan? _expiresAfter;
    private readonly int _linesPerStep;

    public BatchRunner(GroqEmulatorOptions options, FileStore files)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchStepDelay, TimeSpan.Zero, "options.BatchStepDelay");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchLinesPerStep, 1, "options.BatchLinesPerStep");
        if (options.BatchExpiresAfter is { } expiresAfter)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expiresAfter, TimeSpan.Zero, "options.BatchExpiresAfter");
        }

        _files = files;
        _step = options.BatchStepDelay;
        _expiresAfter = options.BatchExpiresAfter;
        _linesPerStep = options.BatchLinesPerStep;
    }

    /// <summary>Creates a batch in <c>validating</c> and starts its worker.</summary>
    public BatchJob Start(StoredFile input, string completionWindow, TimeSpan window, IReadOnlyList<KeyValuePair<string, string>>? metadata, EmulatorState state)
    {
        var job = new BatchJob(input, completionWindow, _expiresAfter ?? window, metadata);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _jobs.Add(job);
            var worker = Task.Run(() => RunAsync(job, state, _stopping.Token));
            _workers.Add(worker);
            worker.ContinueWith(Forget, TaskScheduler.Default);
        }

        return job;
    }

    public BatchJob? Find(string id)
    {
        lock (_gate)
        {
            return _jobs.Find(job => job.Id == id);
        }
    }

    public IReadOnlyList<BatchJob> All()
    {
        lock (_gate)
        {
            return [.. _jobs];
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] workers;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            workers = [.. _workers];
        }

        // The workers end cancelled; whatever else one might have thrown must not keep the emulator from stopping.
        await Task.WhenAll(workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        _stopping.Dispose();
    }

    private void Forget(Task worker)
    {
        lock (_gate)
        {
            _workers.Remove(worker);
        }
    }

    private async Task RunAsync(BatchJob job, EmulatorState state, CancellationToken stopping)
    {
        await Task.Delay(_step, stopping).ConfigureAwait(false);
        var input = BatchInputParser.Parse(job.Input.Content);
        if (input.Errors.Count > 0 && job.TryFail(input.Errors))
        {
            return;
        }

        var lines = input.Errors.Count > 0 ? [] : input.Lines;
        var results = new List<BatchLineResult>(lines.Count);
        var next = 0;
        if (job.TryStart(lines.Count))
        {
            while (next < lines.Count)
            {
                await Task.Delay(_step, stopping).ConfigureAwait(false);
                if (job.IsCancelling)
                {
                    break;
                }

                if (_expiresAfter is { } expiresAfter && Stopwatch.GetElapsedTime(job.CreatedTimestamp) >= expiresAfter)
                {
                    var notRun = NotRun(lines, next, Expired, "This request could not be executed before the completion window expired.");
                    var (output, errors) = Store(job, results, notRun);
                    if (job.TryExpire(output, errors, notRun.Count))
                    {
                        return;
                    }

                    // A cancel arrived in between: it wins, and the files just stored are not the batch's.
                    Unstore(output, errors);
                    break;
                }

                var end = Math.Min(next + _linesPerStep, lines.Count);
                var answered = AnswerSlice(lines, next, end, state);
                results.AddRange(answered);
                next = end;
                var completed = answered.Count(result => result.Succeeded);
                job.Count(completed, answered.Count - completed);
            }

            if (job.TryFinalize())
            {
                await Task.Delay(_step, stopping).ConfigureAwait(false);
                var (output, errors) = Store(job, results, []);
                job.TryComplete(output, errors);
                return;
            }
        }

        var cancelled = NotRun(lines, next, Cancelled, "This request was not executed because the batch was cancelled.");
        var (cancelledOutput, cancelledErrors) = Store(job, results, cancelled);
        job.TryFinishCancelling(cancelledOutput, cancelledErrors, cancelled.Count, lines.Count);
    }

    private static List<BatchLineResult> AnswerSlice(IReadOnlyList<BatchInputLine> lines, int from, int end, EmulatorState state)
    {
        var answered = new List<BatchLineResult>(end - from);
        for (var i = from; i < end; i++)
        {
            answered.Add(BatchLineAnswerer.Answer(lines[i], state));
        }

        return answered;
    }

    private static List<BatchLineResult> NotRun(IReadOnlyList<BatchInputLine> lines, int from, string code, string message)
    {
        var notRun = new List<BatchLineResult>(lines.Count - from);
        for (var i = from; i < lines.Count; i++)
        {
            notRun.Add(BatchLineAnswerer.NotRun(lines[i], code, message));
        }

        return notRun;
    }

    /// <summary>Stores the output file (answered lines) and the error file (refused and never-run lines); null ids for empty files.</summary>
    private (string? Output, string? Errors) Store(BatchJob job, List<BatchLineResult> results, List<BatchLineResult> notRun)
    {
        var output = Join(results.Where(result => result.Succeeded));
        var errors = Join(results.Where(result => !result.Succeeded).Concat(notRun));
        return (
            output.Length == 0 ? null : _files.Add(job.Id + "_output.jsonl", "batch_output", output).Id,
            errors.Length == 0 ? null : _files.Add(job.Id + "_error.jsonl", "batch_output", errors).Id);
    }

    private void Unstore(string? output, string? errors)
    {
        foreach (var id in new[] { output, errors })
        {
            if (id is not null)
            {
                _files.Remove(id);
            }
        }
    }

    private static byte[] Join(IEnumerable<BatchLineResult> lines)
    {
        using var buffer = new MemoryStream();
        foreach (var line in lines)
        {
            buffer.Write(line.Json);
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }
}
