namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Token counts a script imposes instead of the emulator's estimate.</summary>
internal sealed record UsageOverride(int PromptTokens, int CompletionTokens, int ReasoningTokens, int CachedTokens);
