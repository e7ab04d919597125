namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Raised by request validation to answer with a Groq error.</summary>
internal sealed class GroqErrorException(GroqError error) : Exception(error.Message)
{
    public GroqError Error { get; } = error;
}
