using FluentAssertions;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>Method, URL and headers of the chat request.</summary>
public sealed class RequestHeadersTests
{
    private static async Task<CapturedRequest> SendAsync(Uri? endpoint = null)
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = TestClients.Chat(handler, endpoint);
        await client.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
        return handler.Requests.Single();
    }

    private static async Task<CapturedRequest> StreamAsync()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.ToolCallChunks)));
        using var client = TestClients.Chat(handler);
        await TestClients.StreamAsync(client);
        return handler.Requests.Single();
    }

    [Fact]
    public async Task Request_is_a_POST_to_the_default_chat_completions_url()
    {
        var request = await SendAsync();

        request.Method.Should().Be(HttpMethod.Post);
        request.Uri.Should().Be(new Uri("https://api.groq.com/openai/v1/chat/completions"));
    }

    [Theory]
    [InlineData("http://localhost:5000/openai/v1")]
    [InlineData("http://localhost:5000/openai/v1/")]
    public async Task Url_is_endpoint_slash_chat_completions_with_or_without_a_trailing_slash(string endpoint)
    {
        var request = await SendAsync(new Uri(endpoint));

        request.Uri.ToString().Should().Be("http://localhost:5000/openai/v1/chat/completions");
    }

    [Fact]
    public async Task Authorization_is_the_bearer_api_key()
    {
        var request = await SendAsync();

        request.Header("Authorization").Should().Be("Bearer gsk_test");
    }

    [Fact]
    public async Task User_agent_names_the_connector()
    {
        var request = await SendAsync();

        request.Header("User-Agent").Should().StartWith("SemanticKernel.Connectors.Groq/");
    }

    [Fact]
    public async Task Non_streaming_request_accepts_json_and_sends_json()
    {
        var request = await SendAsync();

        request.Header("Accept").Should().Be("application/json");
        request.Header("Content-Type").Should().StartWith("application/json");
    }

    [Fact]
    public async Task Streaming_request_accepts_text_event_stream()
    {
        var request = await StreamAsync();

        request.Header("Accept").Should().Be("text/event-stream");
        request.Header("Authorization").Should().Be("Bearer gsk_test");
        request.Uri.Should().Be(new Uri("https://api.groq.com/openai/v1/chat/completions"));
    }

    [Fact]
    public async Task Without_an_endpoint_the_callers_HttpClient_base_address_is_the_endpoint_as_in_SKs_connectors()
    {
        var handler = CannedHandler.Json(TestData.Completion()).Then(System.Net.HttpStatusCode.OK, TestData.Completion());
        using var proxied = new GroqChatClient(TestClients.Model, TestClients.ApiKey, httpClient: new HttpClient(handler) { BaseAddress = new Uri("https://proxy.example/groq/v1") });
        using var explicitEndpoint = new GroqChatClient(
            TestClients.Model, TestClients.ApiKey, new Uri("https://gateway.example/v1/"), new HttpClient(handler) { BaseAddress = new Uri("https://proxy.example/groq/v1") });

        await proxied.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);
        await explicitEndpoint.GetResponseAsync(TestClients.Hi, cancellationToken: TestClients.Ct);

        handler.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(
            "https://proxy.example/groq/v1/chat/completions", "https://gateway.example/v1/chat/completions");
    }
}
