using System.Diagnostics;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// One batch and its status walk, guarded by a lock: request handlers read it and ask to cancel while the batch worker
/// moves it along. Each transition checks the status it starts from, so a cancel that arrives between two steps of the
/// worker wins cleanly: <c>validating</c> → <c>failed</c> | <c>in_progress</c> → <c>finalizing</c> → <c>completed</c>,
/// <c>in_progress</c> → <c>expired</c>, and <c>validating</c> | <c>in_progress</c> → <c>cancelling</c> → <c>cancelled</c>.
/// </summary>
internal sealed class BatchJob
{
    private readonly Lock _gate = new();
    private string _status = "validating";
    private long? _inProgressAt, _finalizingAt, _completedAt, _failedAt, _expiredAt, _cancellingAt, _cancelledAt;
    private string? _outputFileId, _errorFileId;
    private IReadOnlyList<BatchValidationError>? _errors;
    private int _total, _completed, _failed;

    // lifetime: how long after creation expires_at lies, the completion window or the emulator's shorter BatchExpiresAfter.
    public BatchJob(StoredFile input, string completionWindow, TimeSpan lifetime, IReadOnlyList<KeyValuePair<string, string>>? metadata)
    {
        Input = input;
        CompletionWindow = completionWindow;
        ExpiresAt = CreatedAt + (long)Math.Ceiling(lifetime.TotalSeconds);
        Metadata = metadata;
    }

    public string Id { get; } = BatchIds.Batch();

    /// <summary>The input file as it was when the batch was created (deleting the file later does not stop the batch).</summary>
    public StoredFile Input { get; }

    public string CompletionWindow { get; }

    public long CreatedAt { get; } = Now();

    /// <summary>When the batch was created, on the <see cref="Stopwatch"/> clock that <see cref="GroqEmulatorOptions.BatchExpiresAfter"/> is measured on.</summary>
    public long CreatedTimestamp { get; } = Stopwatch.GetTimestamp();

    public long ExpiresAt { get; }

    public IReadOnlyList<KeyValuePair<string, string>>? Metadata { get; }

    public bool IsCancelling
    {
        get
        {
            lock (_gate)
            {
                return _status == "cancelling";
            }
        }
    }

    public bool TryFail(IReadOnlyList<BatchValidationError> errors) => Move("validating", "failed", () =>
    {
        _failedAt = Now();
        _errors = errors;
    });

    public bool TryStart(int total) => Move("validating", "in_progress", () =>
    {
        _inProgressAt = Now();
        _total = total;
    });

    /// <summary>Counts answered lines (a cancel arriving meanwhile does not lose them).</summary>
    public void Count(int completed, int failed)
    {
        lock (_gate)
        {
            _completed += completed;
            _failed += failed;
        }
    }

    public bool TryFinalize() => Move("in_progress", "finalizing", () => _finalizingAt = Now());

    public bool TryComplete(string? outputFileId, string? errorFileId) =>
        Move("finalizing", "completed", () => SetFiles(outputFileId, errorFileId, 0, completedAt: true));

    public bool TryExpire(string? outputFileId, string? errorFileId, int notRun) =>
        Move("in_progress", "expired", () =>
        {
            _expiredAt = Now();
            SetFiles(outputFileId, errorFileId, notRun, completedAt: false);
        });

    public bool TryFinishCancelling(string? outputFileId, string? errorFileId, int notRun, int total) =>
        Move("cancelling", "cancelled", () =>
        {
            _cancelledAt = Now();
            _total = total;
            SetFiles(outputFileId, errorFileId, notRun, completedAt: false);
        });

    /// <summary>
    /// Asks to cancel: a <c>validating</c> or <c>in_progress</c> batch becomes <c>cancelling</c> (the worker finishes the
    /// cancel at its next step); asking again while <c>cancelling</c> or <c>cancelled</c> changes nothing. Returns null when
    /// accepted, else the status that refuses it (<c>finalizing</c>, <c>completed</c>, <c>failed</c>, <c>expired</c>).
    /// </summary>
    public string? RequestCancel()
    {
        lock (_gate)
        {
            switch (_status)
            {
                case "validating" or "in_progress":
                    _status = "cancelling";
                    _cancellingAt = Now();
                    return null;
                case "cancelling" or "cancelled":
                    return null;
                default:
                    return _status;
            }
        }
    }

    /// <summary>Writes Groq's batch object as it is now.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        lock (_gate)
        {
            writer.WriteStartObject();
            writer.WriteString("id", Id);
            writer.WriteString("object", "batch");
            writer.WriteString("endpoint", BatchLimits.ChatEndpoint);
            WriteErrors(writer);
            writer.WriteString("input_file_id", Input.Id);
            writer.WriteString("completion_window", CompletionWindow);
            writer.WriteString("status", _status);
            WriteOptional(writer, "output_file_id", _outputFileId);
            WriteOptional(writer, "error_file_id", _errorFileId);
            writer.WriteNumber("created_at", CreatedAt);
            WriteOptional(writer, "in_progress_at", _inProgressAt);
            writer.WriteNumber("expires_at", ExpiresAt);
            WriteOptional(writer, "finalizing_at", _finalizingAt);
            WriteOptional(writer, "completed_at", _completedAt);
            WriteOptional(writer, "failed_at", _failedAt);
            WriteOptional(writer, "expired_at", _expiredAt);
            WriteOptional(writer, "cancelling_at", _cancellingAt);
            WriteOptional(writer, "cancelled_at", _cancelledAt);
            writer.WriteStartObject("request_counts");
            writer.WriteNumber("total", _total);
            writer.WriteNumber("completed", _completed);
            writer.WriteNumber("failed", _failed);
            writer.WriteEndObject();
            WriteMetadata(writer);
            writer.WriteEndObject();
        }
    }

    private void WriteErrors(Utf8JsonWriter writer)
    {
        if (_errors is null)
        {
            writer.WriteNull("errors");
            return;
        }

        writer.WriteStartObject("errors");
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        foreach (var error in _errors)
        {
            error.WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteMetadata(Utf8JsonWriter writer)
    {
        if (Metadata is null)
        {
            writer.WriteNull("metadata");
            return;
        }

        writer.WriteStartObject("metadata");
        foreach (var (key, value) in Metadata)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private void SetFiles(string? outputFileId, string? errorFileId, int notRun, bool completedAt)
    {
        _outputFileId = outputFileId;
        _errorFileId = errorFileId;
        _failed += notRun;
        if (completedAt)
        {
            _completedAt = Now();
        }
    }

    private bool Move(string from, string to, Action apply)
    {
        lock (_gate)
        {
            if (_status != from)
            {
                return false;
            }

            _status = to;
            apply();
            return true;
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
