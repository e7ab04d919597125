namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>A request document: the id citations name, and its text (a JSON source's data as JSON text).</summary>
internal sealed record EmulatedDocument(string Id, string Text);
