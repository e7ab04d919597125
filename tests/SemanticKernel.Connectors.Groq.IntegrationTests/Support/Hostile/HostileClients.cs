using System.Text;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

/// <summary>Clients aimed at a <see cref="HostileServer"/>, and the pieces of Groq-shaped answers such a server sends.</summary>
internal static class HostileClients
{
    public const string ApiKey = "gsk_hostile_test_key_0123456789";

    public static GroqChatClient Chat(HostileServer server, Action<GroqClientOptions>? configure = null, HttpClient? httpClient = null)
    {
        var options = new GroqClientOptions { ApiKey = ApiKey, Endpoint = server.Endpoint, MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return new GroqChatClient("llama-3.3-70b-versatile", options, httpClient);
    }

    public static ChatMessage[] Hi { get; } = [new(ChatRole.User, "Hi")];

    public const string Completion =
        """{"id":"chatcmpl-h","object":"chat.completion","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}]}""";

    public static string Chunk(string deltaJson) =>
        $$"""{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","choices":[{"index":0,"delta":{{deltaJson}},"finish_reason":null}]}""";

    public static byte[] Repeat(char c, int count) => Encoding.ASCII.GetBytes(new string(c, count));
}
