namespace SemanticKernel.Connectors.Groq;

/// <summary>A file stored at Groq (<c>/files</c>): a batch's input, output or error file.</summary>
/// <param name="Id">The file id, e.g. <c>file_01…</c>.</param>
/// <param name="Bytes">The size in bytes.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="FileName">The name it was uploaded with.</param>
/// <param name="Purpose"><c>batch</c> for an input file, <c>batch_output</c> for a file a batch wrote.</param>
public sealed record GroqFile(string Id, long Bytes, DateTimeOffset? CreatedAt, string? FileName, string? Purpose);
