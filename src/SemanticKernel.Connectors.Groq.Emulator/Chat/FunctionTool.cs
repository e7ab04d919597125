using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>A function the request offers as a tool.</summary>
internal sealed record FunctionTool(string Name, JsonElement? Parameters);
