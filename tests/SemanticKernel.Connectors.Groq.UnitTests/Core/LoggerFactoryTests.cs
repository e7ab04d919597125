using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Core;

/// <summary>A logger factory that gives no logger (as a test double does) is taken as no logging, as SK's connectors take it.</summary>
public sealed class LoggerFactoryTests
{
    [Fact]
    public async Task A_factory_that_gives_no_logger_is_taken_as_none_by_the_client_and_the_SK_service()
    {
        var handler = CannedHandler.Json(TestData.Completion()).Then(System.Net.HttpStatusCode.OK, TestData.Completion());
        var factory = new NullReturningFactory();
        using var client = new GroqChatClient(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler), factory);
        var service = new GroqChatCompletionService(client, factory);

        var answer = await client.GetResponseAsync(TestClients.Hi, new ChatOptions { AdditionalProperties = new() { ["logprobs"] = true } }, TestClients.Ct);
        var reply = await service.GetChatMessageContentAsync(new ChatHistory("Hi"), cancellationToken: TestClients.Ct);

        answer.Text.Should().Be("Hello!");
        reply.Content.Should().Be("Hello!");
        factory.Asked.Should().BeGreaterThan(0);
    }

    private sealed class NullReturningFactory : ILoggerFactory
    {
        public int Asked { get; private set; }

        public ILogger CreateLogger(string categoryName)
        {
            Asked++;
            return null!;
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
