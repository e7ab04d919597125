namespace SemanticKernel.Connectors.Groq;

/// <summary>How many requests a batch holds and how many have been answered, as Groq counts them.</summary>
/// <param name="Total">The requests in the batch.</param>
/// <param name="Completed">The requests with a line in the output file.</param>
/// <param name="Failed">The requests with a line in the error file (refused, expired or cancelled).</param>
public sealed record GroqBatchRequestCounts(long Total, long Completed, long Failed);
