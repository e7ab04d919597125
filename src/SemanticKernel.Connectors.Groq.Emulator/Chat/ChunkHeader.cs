namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>The fields every chunk of one stream repeats.</summary>
internal sealed record ChunkHeader(string Id, long Created, string Model);
