using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

/// <summary>Clients pointed at a hostile server, and the canned bodies the tests twist.</summary>
internal static class HostileClients
{
    public const string Key = "gsk_HOSTILE_secret_key_5e1d2c3b4a";

    public const string Completion =
        """{"id":"chatcmpl-h","object":"chat.completion","created":1730000000,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}]}""";

    public static ChatMessage[] Hi { get; } = [new(ChatRole.User, "Hi")];

    public static GroqClientOptions Options(HostileServer server, int maxRetries = 0, string key = Key) =>
        new() { ApiKey = key, Endpoint = server.Endpoint, MaxRetries = maxRetries, Timeout = TimeSpan.FromSeconds(10) };

    public static GroqChatClient Chat(
        HostileServer server, int maxRetries = 0, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, Action<GroqClientOptions>? configure = null)
    {
        var options = Options(server, maxRetries);
        configure?.Invoke(options);
        return new GroqChatClient("m", options, httpClient, loggerFactory);
    }

    /// <summary>An SSE body of the given data lines, each its own event, ended by <c>[DONE]</c>.</summary>
    public static string Sse(params string[] data) => string.Concat(data.Select(d => $"data: {d}\n\n")) + "data: [DONE]\n\n";

    /// <summary>A stream chunk whose delta is the text <paramref name="content"/>.</summary>
    public static string Chunk(string content) => string.Create(
        CultureInfo.InvariantCulture,
        $$$"""{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1730000000,"model":"m","choices":[{"index":0,"delta":{"content":"{{{content}}}"},"finish_reason":null}]}""");

    /// <summary>A stream chunk with the delta <paramref name="deltaJson"/> as it is.</summary>
    public static string ChunkWithDelta(string deltaJson) =>
        $$"""{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1730000000,"model":"m","choices":[{"index":0,"delta":{{deltaJson}},"finish_reason":null}]}""";

    public static byte[] Repeat(char c, int count) => Encoding.ASCII.GetBytes(new string(c, count));
}
