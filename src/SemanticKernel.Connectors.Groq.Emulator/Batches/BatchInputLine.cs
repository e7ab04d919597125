using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>One request of a batch input file: its 1-based line number, <c>custom_id</c> and chat request <c>body</c>.</summary>
internal sealed record BatchInputLine(int Line, string CustomId, JsonElement Body);
