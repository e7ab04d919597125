namespace SemanticKernel.Connectors.Groq;

/// <summary>One reason Groq refused a batch's input file.</summary>
/// <param name="Code">Groq's code, e.g. <c>duplicate_custom_id</c>.</param>
/// <param name="Message">Groq's message.</param>
/// <param name="Param">The field concerned, when Groq names one.</param>
/// <param name="Line">The 1-based line of the input file, when Groq names one.</param>
public sealed record GroqBatchError(string? Code, string? Message, string? Param, long? Line);
