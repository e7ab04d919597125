namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>What a scripted <see cref="EmulatorResponse"/> sends.</summary>
internal enum EmulatorResponseKind
{
    Text,
    ToolCalls,
    Error,
    RawBody,
    RawSse,
    ConnectionReset,
}
