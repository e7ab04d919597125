namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>Groq's limits on a batch input file, read strictly (100 MB as 100,000,000 bytes).</summary>
internal static class BatchInputLimits
{
    public const int MaxLines = 50_000;

    public const long MaxBytes = 100_000_000;
}
