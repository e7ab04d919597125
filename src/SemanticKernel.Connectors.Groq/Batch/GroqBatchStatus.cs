namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// The status of a Groq batch. Known values are the static properties; a status Groq adds later is kept as sent
/// (compare with <see cref="Value"/>).
/// </summary>
/// <param name="Value">The status as Groq spells it, e.g. <c>in_progress</c>.</param>
public readonly record struct GroqBatchStatus(string Value)
{
    /// <summary>Gets the status of a batch whose input file is being checked.</summary>
    public static GroqBatchStatus Validating { get; } = new("validating");

    /// <summary>Gets the status of a batch whose input file was refused as a whole (see <see cref="GroqBatch.Errors"/>).</summary>
    public static GroqBatchStatus Failed { get; } = new("failed");

    /// <summary>Gets the status of a batch whose requests are being run.</summary>
    public static GroqBatchStatus InProgress { get; } = new("in_progress");

    /// <summary>Gets the status of a batch whose output and error files are being written.</summary>
    public static GroqBatchStatus Finalizing { get; } = new("finalizing");

    /// <summary>Gets the status of a batch that ran every request.</summary>
    public static GroqBatchStatus Completed { get; } = new("completed");

    /// <summary>Gets the status of a batch that did not finish within its completion window; its unrun requests are in the error file.</summary>
    public static GroqBatchStatus Expired { get; } = new("expired");

    /// <summary>Gets the status of a batch being cancelled.</summary>
    public static GroqBatchStatus Cancelling { get; } = new("cancelling");

    /// <summary>Gets the status of a cancelled batch; its unrun requests are in the error file.</summary>
    public static GroqBatchStatus Cancelled { get; } = new("cancelled");

    /// <summary>Gets a value indicating whether the batch will not change any more (completed, failed, expired or cancelled).</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Expired || this == Cancelled;

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
