namespace SemanticKernel.Connectors.Groq;

/// <summary>How <see cref="GroqChatBatch"/> creates a batch and waits for it.</summary>
public sealed class GroqChatBatchOptions
{
    /// <summary>Gets or sets how long Groq may take, from <c>24h</c> to <c>7d</c>. Defaults to <c>24h</c>.</summary>
    public string CompletionWindow { get; set; } = GroqBatchesClient.DefaultCompletionWindow;

    /// <summary>Gets or sets labels kept with the batch (e.g. a job name to find it by after a restart).</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets the input file's name; it must end with <c>.jsonl</c>. Defaults to <c>batch.jsonl</c>.</summary>
    public string InputFileName { get; set; } = "batch.jsonl";

    /// <summary>Gets or sets the wait before the first status poll; each wait after it doubles up to <see cref="MaxPollInterval"/>. Defaults to 1 second.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest wait between two status polls. Defaults to 30 seconds.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets a value indicating whether cancelling the token while the batch runs also cancels the batch at Groq
    /// (requests not yet run are then not billed). Defaults to <see langword="true"/>; set it to <see langword="false"/> to
    /// stop waiting and resume later with <see cref="GroqChatBatch.ResumeAsync"/>.
    /// </summary>
    public bool CancelBatchOnCancellation { get; set; } = true;

    /// <summary>Checks the options before anything is sent.</summary>
    internal void Validate()
    {
        GroqBatchesClient.CheckCompletionWindow(CompletionWindow);
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "GroqChatBatchOptions.PollInterval must be positive.");
        }

        if (MaxPollInterval < PollInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPollInterval), MaxPollInterval, "GroqChatBatchOptions.MaxPollInterval must be at least PollInterval.");
        }
    }
}
