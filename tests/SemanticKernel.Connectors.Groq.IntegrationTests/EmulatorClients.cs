using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Connector instances aimed at a running emulator over a real loopback socket.</summary>
internal static class EmulatorClients
{
    public static GroqClientOptions Options(GroqEmulator emulator, int maxRetries = 0) =>
        new() { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint, MaxRetries = maxRetries };

    public static GroqChatClient Chat(GroqEmulator emulator, string model = "llama-3.3-70b-versatile", int maxRetries = 0) =>
        new(model, Options(emulator, maxRetries));
}
