namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>A <c>document_citation</c> annotation: the cited span of the content (end exclusive) and the document.</summary>
internal sealed record EmulatedCitation(string DocumentId, int StartIndex, int EndIndex);
