using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>Builds clients over a <see cref="CannedHandler"/> and captures the request bodies they send.</summary>
internal static class TestClients
{
    public const string ApiKey = "gsk_test";
    public const string Model = "llama-3.3-70b-versatile";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static GroqChatClient Chat(CannedHandler handler, Uri? endpoint = null, int maxRetries = 0, ILoggerFactory? loggerFactory = null) =>
        new(
            Model,
            new GroqClientOptions { ApiKey = ApiKey, MaxRetries = maxRetries, Endpoint = endpoint ?? GroqClientOptions.DefaultEndpoint },
            new HttpClient(handler),
            loggerFactory);

    public static ChatMessage[] Hi { get; } = [new(ChatRole.User, "Hi")];

    /// <summary>Sends a non-streaming request and returns the JSON body that left the client.</summary>
    public static async Task<JsonElement> BodyOfAsync(ChatOptions? options, params ChatMessage[] messages)
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = Chat(handler);
        await client.GetResponseAsync(messages.Length == 0 ? Hi : messages, options, Ct);
        return handler.Requests.Single().BodyJson;
    }

    /// <summary>Asserts that a non-streaming request throws <typeparamref name="T"/>; returns it with the handler, to check nothing was sent.</summary>
    public static async Task<(T Thrown, CannedHandler Handler)> ThrowsBeforeSendingAsync<T>(ChatOptions? options, params ChatMessage[] messages)
        where T : Exception
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = Chat(handler);
        Func<Task> act = () => client.GetResponseAsync(messages.Length == 0 ? Hi : messages, options, Ct);
        var thrown = (await act.Should().ThrowAsync<T>()).Which;
        return (thrown, handler);
    }

    /// <summary>Collects every update of a streaming request.</summary>
    public static async Task<List<ChatResponseUpdate>> StreamAsync(IChatClient client, ChatOptions? options = null, IEnumerable<ChatMessage>? messages = null)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(messages ?? Hi, options, Ct))
        {
            updates.Add(update);
        }

        return updates;
    }
}
