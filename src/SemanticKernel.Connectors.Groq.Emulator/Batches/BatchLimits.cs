namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>Groq's limits on batch input files (console.groq.com/docs/batch), read strictly.</summary>
internal static class BatchLimits
{
    /// <summary>The largest file <c>POST /files</c> accepts: 100 MB.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>The most requests (lines) one batch input file may hold.</summary>
    public const int MaxLines = 50_000;

    /// <summary>How many whole-file validation errors a failed batch reports at most in <c>errors.data</c>.</summary>
    public const int MaxReportedErrors = 100;

    /// <summary>The one endpoint (batch <c>endpoint</c> and line <c>url</c>) Groq's Batch API supports.</summary>
    public const string ChatEndpoint = "/v1/chat/completions";
}
