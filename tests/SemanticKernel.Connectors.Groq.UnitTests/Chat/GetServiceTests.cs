using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat;

/// <summary><see cref="GroqChatClient.GetService"/> and the client's metadata.</summary>
public sealed class GetServiceTests
{
    private static readonly Uri Endpoint = new("http://localhost:5000/openai/v1");

    [Fact]
    public void Metadata_names_groq_the_endpoint_and_the_default_model()
    {
        using var client = TestClients.Chat(CannedHandler.Json(TestData.Completion()), Endpoint);

        var metadata = client.GetService<ChatClientMetadata>();

        metadata.Should().NotBeNull();
        metadata!.ProviderName.Should().Be("groq");
        metadata.ProviderUri.Should().Be(Endpoint);
        metadata.DefaultModelId.Should().Be("llama-3.3-70b-versatile");
    }

    [Fact]
    public void Metadata_defaults_to_the_groq_endpoint()
    {
        using var client = new GroqChatClient("llama-3.1-8b-instant", TestClients.ApiKey);

        var metadata = (ChatClientMetadata?)client.GetService(typeof(ChatClientMetadata));

        metadata!.ProviderUri.Should().Be(new Uri("https://api.groq.com/openai/v1"));
        metadata.DefaultModelId.Should().Be("llama-3.1-8b-instant");
    }

    [Fact]
    public void GetService_of_GroqChatClient_returns_the_client()
    {
        using var client = TestClients.Chat(CannedHandler.Json(TestData.Completion()));

        client.GetService(typeof(GroqChatClient)).Should().BeSameAs(client);
        client.GetService(typeof(IChatClient)).Should().BeSameAs(client);
    }

    [Fact]
    public void GetService_with_a_service_key_returns_null()
    {
        using var client = TestClients.Chat(CannedHandler.Json(TestData.Completion()));

        client.GetService(typeof(GroqChatClient), "key").Should().BeNull();
        client.GetService(typeof(ChatClientMetadata), "key").Should().BeNull();
    }

    [Fact]
    public void GetService_of_an_unrelated_type_returns_null()
    {
        using var client = TestClients.Chat(CannedHandler.Json(TestData.Completion()));

        client.GetService(typeof(string)).Should().BeNull();
    }

    [Fact]
    public void GetService_with_a_null_type_throws()
    {
        using var client = TestClients.Chat(CannedHandler.Json(TestData.Completion()));

        var act = () => client.GetService(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
