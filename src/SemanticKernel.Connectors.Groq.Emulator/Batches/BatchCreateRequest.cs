namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>A validated <c>POST /batches</c> body.</summary>
internal sealed record BatchCreateRequest(
    StoredFile InputFile, string CompletionWindow, TimeSpan Window, IReadOnlyList<KeyValuePair<string, string>>? Metadata);
