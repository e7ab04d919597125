using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>A non-streaming answer is read into a (pooled) buffer and parsed from its bytes.</summary>
public sealed class BufferedAnswerTests
{
    private static string Answer(string text) =>
        """{"id":"chatcmpl-b","object":"chat.completion","created":1730000000,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"""
        + "\"" + text + "\"" + """},"finish_reason":"stop"}]}""";

    private static GroqChatClient Client(HttpMessageHandler handler, long maxResponseBytes = 10 * 1024 * 1024) =>
        new(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0, MaxResponseBytes = maxResponseBytes }, new HttpClient(handler));

    [Fact]
    public async Task A_non_streaming_answer_that_starts_with_a_byte_order_mark_is_read()
    {
        using var client = TestClients.Chat(CannedHandler.Json("\uFEFF" + Answer("Hi")));

        var response = await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        response.Text.Should().Be("Hi");
        response.ResponseId.Should().Be("chatcmpl-b");
    }

    [Fact]
    public async Task An_answer_of_undeclared_length_larger_than_the_first_read_is_read_whole()
    {
        string text = string.Concat(Enumerable.Repeat("0123456789", 10_000));
        using var client = Client(new UnsizedBodyHandler(Answer(text)));

        var response = await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        response.Text.Should().Be(text);
    }

    [Fact]
    public async Task An_answer_of_undeclared_length_past_MaxResponseBytes_is_refused_naming_the_option()
    {
        using var client = Client(new UnsizedBodyHandler(Answer(new string('a', 40_000))), maxResponseBytes: 30_000);

        var call = () => client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        (await call.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("MaxResponseBytes");
    }
}
