using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>The two clients the end-to-end modes compare, both aimed at an emulator over a real loopback socket.</summary>
internal static class EndToEndClients
{
    public const string Model = "llama-3.3-70b-versatile";

    /// <summary>The scripted answer of every stream: 24 words, so one role chunk, 24 content chunks and a last chunk.</summary>
    public static readonly string Answer = string.Join(' ', Enumerable.Range(1, 24).Select(i => $"token{i}"));

    /// <summary>The text of the <paramref name="word"/>th content chunk, as the emulator splits <see cref="Answer"/>.</summary>
    public static string Word(int word) => word == 0 ? "token1" : $" token{word + 1}";

    /// <summary>GroqChatClient with retries off and a timeout long enough for held-open streams.</summary>
    public static GroqChatClient Groq(Uri endpoint, string apiKey) =>
        new(Model, new GroqClientOptions { Endpoint = endpoint, ApiKey = apiKey, MaxRetries = 0, Timeout = TimeSpan.FromMinutes(5) });

    /// <summary>MEAI's OpenAI client (Microsoft.Extensions.AI.OpenAI) on the OpenAI SDK's own transport, retries off.</summary>
    public static IChatClient OpenAI(Uri endpoint, string apiKey) =>
        new OpenAI.Chat.ChatClient(
            Model,
            new ApiKeyCredential(apiKey),
            new OpenAIClientOptions { Endpoint = endpoint, NetworkTimeout = TimeSpan.FromMinutes(5), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) })
            .AsIChatClient();
}
