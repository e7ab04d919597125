namespace SemanticKernel.Connectors.Groq;

/// <summary>A Groq batch (<c>/batches</c>) as last read: its status, files and request counts.</summary>
public sealed record GroqBatch
{
    /// <summary>Gets the batch id, e.g. <c>batch_01…</c>; keep it to resume after a restart.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the status.</summary>
    public required GroqBatchStatus Status { get; init; }

    /// <summary>Gets the endpoint every request of the batch goes to, <c>/v1/chat/completions</c>.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Gets the id of the uploaded input file.</summary>
    public string? InputFileId { get; init; }

    /// <summary>Gets the id of the file of answered requests, once there is one.</summary>
    public string? OutputFileId { get; init; }

    /// <summary>Gets the id of the file of failed, expired and cancelled requests, once there is one.</summary>
    public string? ErrorFileId { get; init; }

    /// <summary>Gets the completion window asked for, e.g. <c>24h</c>.</summary>
    public string? CompletionWindow { get; init; }

    /// <summary>Gets the request counts; zeros until Groq reports them.</summary>
    public GroqBatchRequestCounts RequestCounts { get; init; } = new(0, 0, 0);

    /// <summary>Gets why the input file was refused, when the status is <see cref="GroqBatchStatus.Failed"/>; empty otherwise.</summary>
    public IReadOnlyList<GroqBatchError> Errors { get; init; } = [];

    /// <summary>Gets the metadata given at creation.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets when the batch was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the batch expires if it has not finished.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets when the batch reached its final status (completed, failed, expired or cancelled).</summary>
    public DateTimeOffset? EndedAt { get; init; }
}
