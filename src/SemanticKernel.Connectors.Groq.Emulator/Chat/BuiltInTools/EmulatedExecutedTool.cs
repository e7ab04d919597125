namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>
/// A built-in tool the emulated model ran, rendered as an entry of <c>executed_tools</c>: its Groq type
/// (<c>browser.search</c>, <c>search</c>, <c>python</c>), arguments (JSON text), output, and search or code results.
/// </summary>
internal sealed record EmulatedExecutedTool(
    string Type,
    string ArgumentsJson,
    string Output,
    IReadOnlyList<EmulatedSearchResult>? SearchResults,
    string? CodeResultText);
