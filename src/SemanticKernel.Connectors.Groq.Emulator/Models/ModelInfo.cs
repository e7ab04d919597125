namespace SemanticKernel.Connectors.Groq.Emulator.Models;

/// <summary>
/// What <c>GET /models</c> reports about a model, plus what the chat emulation needs to know: whether it reasons, whether it
/// chats at all, and whether it takes images (<see cref="Vision"/>, which <c>/models</c> does not report).
/// </summary>
internal sealed record ModelInfo(string Id, long Created, string OwnedBy, int ContextWindow, int MaxCompletionTokens, bool Reasoning = false, bool Chat = true, bool Vision = false);
