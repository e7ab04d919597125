namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>One page of an emulated web search, in Groq's <c>search_results.results</c> shape.</summary>
internal sealed record EmulatedSearchResult(string Title, string Url, string Content, double Score);
