namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>A function call the emulator returns in a scripted <see cref="EmulatorResponse.ToolCalls"/> response.</summary>
/// <param name="Name">The function name.</param>
/// <param name="ArgumentsJson">The arguments as a JSON string, sent verbatim.</param>
/// <param name="Id">The call id; when null a short deterministic Groq-like id (9 lowercase alphanumerics) is used.</param>
public sealed record EmulatorToolCall(string Name, string ArgumentsJson, string? Id = null);
