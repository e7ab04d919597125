using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary>
/// <c>GROQ_BASE_URL</c> and <c>GROQ_API_KEY</c> read from the process, and their precedence. Serial: they set process-wide
/// variables, which parallel tests must not see.
/// </summary>
[Collection(ProcessEnvironment.Name)]
public sealed class EnvironmentVariableTests
{
    private const string Model = "llama-3.3-70b-versatile";
    private const string BaseUrl = "GROQ_BASE_URL";
    private const string ApiKey = "GROQ_API_KEY";

    private static CancellationToken Ct => TestClients.Ct;

    private static async Task<CapturedRequest> SentByAsync(Func<HttpClient, IChatClient> create)
    {
        var handler = CannedHandler.Json(TestData.Completion());
        using var client = create(new HttpClient(handler));
        await client.GetResponseAsync("Hi", cancellationToken: Ct);
        return handler.Requests.Single();
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public async Task GROQ_BASE_URL_is_the_server_root_used_when_no_endpoint_is_given()
    {
        using var environment = ProcessEnvironment.Set((BaseUrl, "http://localhost:8080"));

        new GroqClientOptions().Endpoint.Should().Be(new Uri("http://localhost:8080/openai/v1"));
        var byKey = await SentByAsync(http => new GroqChatClient(Model, TestClients.ApiKey, httpClient: http));
        var byOptions = await SentByAsync(http => new GroqChatClient(Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, http));
        var byConfiguration = await SentByAsync(http => new GroqChatClient(Model, GroqConfiguration.ReadClientOptions(Config(("Groq:ApiKey", TestClients.ApiKey))), http));

        byKey.Uri.AbsoluteUri.Should().Be("http://localhost:8080/openai/v1/chat/completions");
        byOptions.Uri.AbsoluteUri.Should().Be("http://localhost:8080/openai/v1/chat/completions");
        byConfiguration.Uri.AbsoluteUri.Should().Be("http://localhost:8080/openai/v1/chat/completions");
    }

    [Fact]
    public async Task An_explicit_endpoint_or_the_HttpClients_base_address_wins_over_GROQ_BASE_URL()
    {
        using var environment = ProcessEnvironment.Set((BaseUrl, "http://from-environment.test"));
        var handler = CannedHandler.Json(TestData.Completion());

        var argument = await SentByAsync(http => new GroqChatClient(Model, TestClients.ApiKey, new Uri("http://argument.test/openai/v1"), http));
        var options = await SentByAsync(http => new GroqChatClient(Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, Endpoint = new Uri("http://options.test/openai/v1") }, http));
        var configured = await SentByAsync(http => new GroqChatClient(
            Model, GroqConfiguration.ReadClientOptions(Config(("Groq:ApiKey", TestClients.ApiKey), ("Groq:Endpoint", "http://configured.test/openai/v1"))), http));
        using (var client = new GroqChatClient(Model, TestClients.ApiKey, httpClient: new HttpClient(handler) { BaseAddress = new Uri("http://base-address.test/openai/v1") }))
        {
            await client.GetResponseAsync("Hi", cancellationToken: Ct);
        }

        argument.Uri.Host.Should().Be("argument.test");
        options.Uri.Host.Should().Be("options.test");
        configured.Uri.Host.Should().Be("configured.test");
        handler.Requests.Single().Uri.Host.Should().Be("base-address.test");
    }

    [Fact]
    public void Without_GROQ_BASE_URL_the_endpoint_is_Groqs()
    {
        using var environment = ProcessEnvironment.Set((BaseUrl, null));

        new GroqClientOptions().Endpoint.Should().Be(GroqClientOptions.DefaultEndpoint);
    }

    [Fact]
    public void An_invalid_GROQ_BASE_URL_fails_the_client_naming_the_variable()
    {
        using var environment = ProcessEnvironment.Set((BaseUrl, "localhost:8080"));

        FluentActions.Invoking(() => new GroqChatClient(Model, TestClients.ApiKey))
            .Should().Throw<InvalidOperationException>().WithMessage("*GROQ_BASE_URL*('localhost:8080')*");
    }

    [Fact]
    public async Task GROQ_API_KEY_is_the_key_when_options_or_configuration_give_none()
    {
        using var environment = ProcessEnvironment.Set((ApiKey, "gsk_from_environment"), (BaseUrl, null));

        var byOptions = await SentByAsync(http => new GroqChatClient(Model, new GroqClientOptions(), http));
        var byConfiguration = await SentByAsync(http => new GroqChatClient(Model, GroqConfiguration.ReadClientOptions(Config(("Groq:ApiKey", ""))), http));
        var given = await SentByAsync(http => new GroqChatClient(Model, new GroqClientOptions { ApiKey = "gsk_given" }, http));

        byOptions.Header("Authorization").Should().Be("Bearer gsk_from_environment");
        byConfiguration.Header("Authorization").Should().Be("Bearer gsk_from_environment");
        given.Header("Authorization").Should().Be("Bearer gsk_given");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void With_no_key_anywhere_every_options_path_gives_the_one_message(string? environmentValue)
    {
        using var environment = ProcessEnvironment.Set((ApiKey, environmentValue));
        var noKey = Config(("Groq:MaxRetries", "0"));
        var services = new ServiceCollection()
            .AddGroqChatCompletion(Model, noKey)
            .AddGroqAudioToText("whisper-large-v3-turbo", o => o.MaxRetries = 1);
        services.AddGroqSpeechToTextClient("whisper-large-v3-turbo", noKey);
        using var provider = services.BuildServiceProvider();

        Action[] paths =
        [
            () => _ = new GroqChatClient(Model, new GroqClientOptions()),
            () => _ = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", GroqConfiguration.ReadClientOptions(noKey)),
            () => provider.GetRequiredService<Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService>(),
            () => provider.GetRequiredService<ISpeechToTextClient>(),
            () => provider.GetRequiredService<Microsoft.SemanticKernel.AudioToText.IAudioToTextService>(),
        ];

        foreach (var path in paths)
        {
            path.Should().Throw<ArgumentException>().WithMessage(ApiKeyRules.MissingKeyMessage + "*").Which.ParamName.Should().Be("options.ApiKey");
        }
    }
}
