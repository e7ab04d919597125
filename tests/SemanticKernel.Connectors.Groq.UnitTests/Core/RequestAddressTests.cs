using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>The address each request of one pipeline goes to, whatever path the one before it took.</summary>
public sealed class RequestAddressTests
{
    [Fact]
    public async Task Requests_alternating_between_paths_each_go_to_their_own_address()
    {
        var handler = CannedHandler.Json("{}").Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, "{}");
        var options = new GroqClientOptions { ApiKey = "gsk_test_key_not_real", Endpoint = new Uri("https://groq.example/openai/v1") };
        var pipeline = new GroqHttpPipeline(options, new HttpClient(handler), null);

        foreach (string path in new[] { "chat/completions", "models", "chat/completions", "files/file_01?purpose=batch" })
        {
            using var response = await pipeline.SendAsync(HttpMethod.Get, path, () => null, streaming: false, canRetry: false, TestContext.Current.CancellationToken);
        }

        handler.Requests.Select(r => r.Uri.AbsoluteUri).Should().Equal(
            "https://groq.example/openai/v1/chat/completions",
            "https://groq.example/openai/v1/models",
            "https://groq.example/openai/v1/chat/completions",
            "https://groq.example/openai/v1/files/file_01?purpose=batch");
    }
}
