using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary><c>AddGroqModelCatalog</c> and <c>AddGroqChatBatch</c>: keyed singletons built with the options they were given.</summary>
public sealed class CatalogAndBatchRegistrationTests
{
    private const string Models = """
        {"object":"list","data":[
          {"id":"llama-3.3-70b-versatile","object":"model","created":1733447754,"owned_by":"Meta","active":true,"context_window":131072,"max_completion_tokens":32768}
        ]}
        """;

    [Fact]
    public async Task Model_catalog_from_configuration_lists_from_the_configured_endpoint_with_the_configured_key()
    {
        // A fresh endpoint: the catalog's cache is shared by the whole process, per endpoint and key.
        string endpoint = $"http://catalog.test/{Guid.NewGuid():N}/openai/v1";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Groq:ApiKey"] = "gsk_catalog",
            ["Groq:Endpoint"] = endpoint,
            ["Groq:MaxRetries"] = "0",
        }).Build();
        var handler = CannedHandler.Json(Models);
        await using var provider = new ServiceCollection()
            .AddSingleton(new HttpClient(handler))
            .AddGroqModelCatalog(configuration, serviceId: "catalog")
            .BuildServiceProvider();

        var models = await provider.GetRequiredKeyedService<GroqModelCatalog>("catalog").ListModelsAsync(TestClients.Ct);

        models.Should().ContainSingle().Which.Id.Should().Be("llama-3.3-70b-versatile");
        var request = handler.Requests.Should().ContainSingle().Subject;
        request.Uri.AbsoluteUri.Should().Be(endpoint + "/models");
        request.Header("Authorization").Should().Be("Bearer gsk_catalog");
    }

    [Fact]
    public async Task Each_chat_batch_registration_gives_a_runner_and_a_kernel_batch_over_that_same_runner()
    {
        await using var provider = new ServiceCollection()
            .AddGroqChatBatch("llama-3.1-8b-instant", o => o.ApiKey = TestClients.ApiKey)
            .AddGroqChatBatch("llama-3.3-70b-versatile", new GroqClientOptions { ApiKey = TestClients.ApiKey })
            .AddGroqChatBatch("openai/gpt-oss-20b", TestClients.ApiKey, serviceId: "keyed")
            .BuildServiceProvider();

        var runners = provider.GetServices<GroqChatBatch>().ToList();
        var kernelBatches = provider.GetServices<GroqKernelBatch>().ToList();
        var keyed = provider.GetRequiredKeyedService<GroqChatBatch>("keyed");

        runners.Select(r => r.ModelId).Should().Equal("llama-3.1-8b-instant", "llama-3.3-70b-versatile");
        kernelBatches.Select(k => k.Batch).Should().Equal(runners, (a, b) => ReferenceEquals(a, b));
        keyed.ModelId.Should().Be("openai/gpt-oss-20b");
        provider.GetRequiredKeyedService<GroqKernelBatch>("keyed").Batch.Should().BeSameAs(keyed);
        provider.GetRequiredService<GroqChatBatch>().Should().BeSameAs(runners[^1], "a singleton, the last registered");
    }

    [Fact]
    public void A_missing_key_is_refused_with_the_one_message_at_registration()
    {
        var services = new ServiceCollection();

        FluentActions.Invoking(() => services.AddGroqModelCatalog(" ")).Should().Throw<ArgumentException>()
            .WithMessage(ApiKeyRules.MissingKeyMessage + "*").Which.ParamName.Should().Be("apiKey");
        FluentActions.Invoking(() => services.AddGroqChatBatch("llama-3.1-8b-instant", (string)null!)).Should().Throw<ArgumentNullException>()
            .WithMessage(ApiKeyRules.MissingKeyMessage + "*");
        services.Should().BeEmpty();
    }
}
