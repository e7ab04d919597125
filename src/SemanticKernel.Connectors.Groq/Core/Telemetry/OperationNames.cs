namespace SemanticKernel.Connectors.Groq.Core.Telemetry;

/// <summary>The <c>gen_ai.operation.name</c> of a request, from its path: constants only, so naming one allocates nothing.</summary>
internal static class OperationNames
{
    public const string Chat = "chat";

    /// <summary>What Microsoft.Extensions.AI names speech to text and text to speech operations.</summary>
    public const string GenerateContent = "generate_content";

    public const string Models = "models";
    public const string Files = "files";
    public const string Batches = "batches";
    public const string Other = "other";

    /// <summary>The operation of a request to <paramref name="path"/> (relative to the endpoint, e.g. <c>chat/completions</c>).</summary>
    public static string Of(string path) =>
        path.StartsWith("chat/", StringComparison.Ordinal) ? Chat
        : path.StartsWith("audio/", StringComparison.Ordinal) ? GenerateContent
        : path.StartsWith("models", StringComparison.Ordinal) ? Models
        : path.StartsWith("files", StringComparison.Ordinal) ? Files
        : path.StartsWith("batches", StringComparison.Ordinal) ? Batches
        : Other;
}
