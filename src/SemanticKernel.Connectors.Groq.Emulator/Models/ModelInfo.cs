namespace SemanticKernel.Connectors.Groq.Emulator.Models;

/// <summary>What <c>GET /models</c> reports about a model, plus what the chat emulation needs to know.</summary>
internal sealed record ModelInfo(string Id, long Created, string OwnedBy, int ContextWindow, int MaxCompletionTokens, bool Reasoning = false, bool Chat = true);
