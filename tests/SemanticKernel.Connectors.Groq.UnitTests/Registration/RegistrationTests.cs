using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextGeneration;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Registration;

/// <summary>The <see cref="IServiceCollection"/> and <see cref="IKernelBuilder"/> extensions: keyed resolution, HTTP client, logging, pipelines.</summary>
public sealed class RegistrationTests
{
    private const string Fast = "llama-3.1-8b-instant";
    private const string Big = "llama-3.3-70b-versatile";
    private static readonly Uri Endpoint = new("http://groq.test/openai/v1");

    private static CancellationToken Ct => TestClients.Ct;

    private static CannedHandler Handler() => CannedHandler.Json(TestData.Completion());

    private static GroqClientOptions Options(string apiKey = TestClients.ApiKey) =>
        new() { ApiKey = apiKey, Endpoint = Endpoint, MaxRetries = 0 };

    [Fact]
    public async Task Two_services_with_different_service_ids_on_one_kernel_resolve_separately_with_their_model_ids()
    {
        var handler = Handler();
        var kernel = Kernel.CreateBuilder()
            .AddGroqChatCompletion(Fast, TestClients.ApiKey, serviceId: "fast", httpClient: new HttpClient(handler))
            .AddGroqChatCompletion(Big, TestClients.ApiKey, serviceId: "big", httpClient: new HttpClient(handler))
            .Build();

        var fast = kernel.GetRequiredService<IChatCompletionService>("fast");
        var big = kernel.GetRequiredService<IChatCompletionService>("big");

        fast.Should().NotBeSameAs(big);
        fast.Attributes[AIServiceExtensions.ModelIdKey].Should().Be(Fast);
        big.Attributes[AIServiceExtensions.ModelIdKey].Should().Be(Big);

        await fast.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        await big.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        handler.Requests.Select(r => r.BodyJson.Str("model")).Should().Equal(Fast, Big);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("groq")]
    public void Chat_completion_and_text_generation_resolve_to_the_same_GroqChatCompletionService(string? serviceId)
    {
        using var provider = new ServiceCollection()
            .AddGroqChatCompletion(Big, TestClients.ApiKey, serviceId: serviceId)
            .BuildServiceProvider();

        var chat = provider.GetRequiredKeyedService<IChatCompletionService>(serviceId);
        var text = provider.GetRequiredKeyedService<ITextGenerationService>(serviceId);

        chat.Should().BeOfType<GroqChatCompletionService>();
        text.Should().BeSameAs(chat);
        provider.GetRequiredKeyedService<IChatCompletionService>(serviceId).Should().BeSameAs(chat, "it is a singleton");
    }

    [Fact]
    public void Two_registrations_without_service_id_stay_two_services_each_shared_by_both_interfaces()
    {
        using var provider = new ServiceCollection()
            .AddGroqChatCompletion(Fast, TestClients.ApiKey)
            .AddGroqChatCompletion(Big, TestClients.ApiKey)
            .BuildServiceProvider();

        var chats = provider.GetServices<IChatCompletionService>().ToList();
        var texts = provider.GetServices<ITextGenerationService>().ToList();

        chats.Select(s => s.Attributes[AIServiceExtensions.ModelIdKey]).Should().Equal(Fast, Big);
        texts.Should().HaveCount(2);
        texts[0].Should().BeSameAs(chats[0]);
        texts[1].Should().BeSameAs(chats[1]);
        provider.GetRequiredService<IChatCompletionService>().Should().BeSameAs(chats[1], "the last registration wins a single resolve");
    }

    [Fact]
    public void Service_without_service_id_is_not_keyed()
    {
        using var provider = new ServiceCollection()
            .AddGroqChatCompletion(Big, TestClients.ApiKey, serviceId: "groq")
            .BuildServiceProvider();

        provider.GetService<IChatCompletionService>().Should().BeNull();
        provider.GetKeyedService<IChatCompletionService>("other").Should().BeNull();
        provider.GetKeyedService<IChatCompletionService>("groq").Should().NotBeNull();
    }

    [Fact]
    public async Task Chat_completion_sends_with_the_HttpClient_registered_in_DI_to_the_given_endpoint_and_key()
    {
        var handler = Handler();
        using var provider = new ServiceCollection()
            .AddSingleton(new HttpClient(handler))
            .AddGroqChatCompletion(Big, "gsk_from_registration", Endpoint, serviceId: "groq")
            .BuildServiceProvider();
        var service = provider.GetRequiredKeyedService<IChatCompletionService>("groq");

        var answer = await service.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);

        answer.Should().ContainSingle().Which.Content.Should().Be("Hello!");
        var request = handler.Requests.Should().ContainSingle().Subject;
        request.Uri.Should().Be(new Uri("http://groq.test/openai/v1/chat/completions"));
        request.Header("Authorization").Should().Be("Bearer gsk_from_registration");
        service.Attributes[AIServiceExtensions.EndpointKey].Should().Be(Endpoint.ToString(), "SK stores the endpoint as text");
    }

    [Fact]
    public async Task Chat_client_sends_with_the_HttpClient_registered_in_DI()
    {
        var handler = Handler();
        var services = new ServiceCollection().AddSingleton(new HttpClient(handler));
        services.AddGroqChatClient(Big, Options("gsk_options"));
        using var provider = services.BuildServiceProvider();

        var response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("Hi", cancellationToken: Ct);

        response.Text.Should().Be("Hello!");
        var request = handler.Requests.Should().ContainSingle().Subject;
        request.Uri.Should().Be(new Uri("http://groq.test/openai/v1/chat/completions"));
        request.Header("Authorization").Should().Be("Bearer gsk_options");
    }

    [Fact]
    public async Task Explicit_HttpClient_argument_wins_over_the_one_in_DI()
    {
        var fromDi = Handler();
        var explicitHandler = Handler();
        var services = new ServiceCollection()
            .AddSingleton(new HttpClient(fromDi))
            .AddGroqChatCompletion(Big, Options(), serviceId: "completion", httpClient: new HttpClient(explicitHandler));
        services.AddGroqChatClient(Big, Options(), serviceId: "client", httpClient: new HttpClient(explicitHandler));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IChatCompletionService>("completion")
            .GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        await provider.GetRequiredKeyedService<IChatClient>("client").GetResponseAsync("Hi", cancellationToken: Ct);

        explicitHandler.Requests.Should().HaveCount(2);
        fromDi.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Options_are_copied_at_registration_so_later_changes_do_not_apply()
    {
        var handler = Handler();
        var options = Options();
        using var provider = new ServiceCollection()
            .AddGroqChatCompletion(Big, options, httpClient: new HttpClient(handler))
            .BuildServiceProvider();
        options.Endpoint = new Uri("http://elsewhere.test/v1");
        options.ApiKey = "gsk_changed";

        await provider.GetRequiredService<IChatCompletionService>()
            .GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);

        var request = handler.Requests.Should().ContainSingle().Subject;
        request.Uri.Host.Should().Be("groq.test");
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ApiKey}");
    }

    [Fact]
    public async Task Chat_completion_logs_to_the_ILoggerFactory_registered_in_DI()
    {
        var logs = new CapturingLogger();
        using var provider = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(logs)
            .AddGroqChatCompletion(Big, Options(), httpClient: new HttpClient(Handler()))
            .BuildServiceProvider();
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["logit_bias"] = new Dictionary<string, int>() } };

        await provider.GetRequiredService<IChatCompletionService>()
            .GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), settings, cancellationToken: Ct);

        logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("logit_bias", StringComparison.Ordinal));
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Debug && e.Message.StartsWith("Groq request POST chat/completions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chat_client_logs_to_the_ILoggerFactory_registered_in_DI()
    {
        var logs = new CapturingLogger();
        var services = new ServiceCollection().AddSingleton<ILoggerFactory>(logs);
        services.AddGroqChatClient(Big, Options(), serviceId: "groq", httpClient: new HttpClient(Handler()));
        using var provider = services.BuildServiceProvider();
        var options = new ChatOptions { AdditionalProperties = new() { ["not_a_groq_field"] = 1 } };

        await provider.GetRequiredKeyedService<IChatClient>("groq").GetResponseAsync("Hi", options, Ct);

        logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning
            && e.Message == "Setting ChatOptions.AdditionalProperties[\"not_a_groq_field\"] is not supported by Groq and was not sent");
    }

    [Fact]
    public async Task AddGroqChatClient_returns_a_builder_whose_middleware_runs_in_the_resolved_keyed_client()
    {
        var handler = Handler();
        var services = new ServiceCollection();
        int middlewareCalls = 0;

        var builder = services.AddGroqChatClient(Big, TestClients.ApiKey, Endpoint, serviceId: "groq", httpClient: new HttpClient(handler));
        builder.Should().BeOfType<ChatClientBuilder>();
        builder.Use(async (messages, options, next, cancellationToken) =>
        {
            middlewareCalls++;
            await next(messages, options, cancellationToken);
        });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredKeyedService<IChatClient>("groq");
        var response = await client.GetResponseAsync("Hi", cancellationToken: Ct);

        client.Should().NotBeOfType<GroqChatClient>("the middleware wraps it");
        client.GetService<GroqChatClient>().Should().NotBeNull();
        client.GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be(Big);
        middlewareCalls.Should().Be(1);
        response.Text.Should().Be("Hello!");
        handler.Requests.Should().ContainSingle();
        provider.GetService<IChatClient>().Should().BeNull("only the keyed client is registered");
    }

    [Fact]
    public void AddGroqChatClient_without_service_id_registers_a_non_keyed_singleton_client()
    {
        var services = new ServiceCollection();
        services.AddGroqChatClient(Fast, TestClients.ApiKey);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IChatClient>();

        client.Should().BeOfType<GroqChatClient>();
        client.GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be(Fast);
        provider.GetRequiredService<IChatClient>().Should().BeSameAs(client);
    }

    [Fact]
    public void Kernel_builder_AddGroqChatClient_returns_the_builder_and_registers_keyed_clients()
    {
        var kernelBuilder = Kernel.CreateBuilder();

        kernelBuilder.AddGroqChatClient(Fast, TestClients.ApiKey, serviceId: "fast").Should().BeSameAs(kernelBuilder);
        kernelBuilder.AddGroqChatClient(Big, Options(), serviceId: "big").Should().BeSameAs(kernelBuilder);
        var kernel = kernelBuilder.Build();

        kernel.GetRequiredService<IChatClient>("fast").GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be(Fast);
        var big = kernel.GetRequiredService<IChatClient>("big").GetService<ChatClientMetadata>()!;
        big.DefaultModelId.Should().Be(Big);
        big.ProviderUri.Should().Be(Endpoint);
    }

    [Fact]
    public async Task Kernel_built_with_AddGroqChatCompletion_answers_InvokePromptAsync_with_the_recorded_text()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        string expected = TestData.Message(TestData.Text).Str("content")!;
        var kernel = Kernel.CreateBuilder()
            .AddGroqChatCompletion(Big, TestClients.ApiKey, httpClient: new HttpClient(handler))
            .Build();

        var result = await kernel.InvokePromptAsync("Invent a holiday.", cancellationToken: Ct);

        result.GetValue<string>().Should().Be(expected);
        var request = handler.Requests.Should().ContainSingle().Subject;
        request.Uri.Should().Be(new Uri("https://api.groq.com/openai/v1/chat/completions"));
        var message = request.BodyJson.Messages(0);
        message.Str("role").Should().Be("user");
        message.Str("content").Should().Be("Invent a holiday.");
    }

    [Fact]
    public async Task Kernel_text_generation_goes_through_chat_on_the_same_service()
    {
        var handler = Handler();
        var kernel = Kernel.CreateBuilder()
            .AddGroqChatCompletion(Big, Options(), serviceId: "groq", httpClient: new HttpClient(handler))
            .Build();

        var text = await kernel.GetRequiredService<ITextGenerationService>("groq").GetTextContentsAsync("Hi", cancellationToken: Ct);

        text.Should().ContainSingle().Which.Text.Should().Be("Hello!");
        handler.Requests.Should().ContainSingle().Which.Uri.AbsolutePath.Should().Be("/openai/v1/chat/completions");
    }

    public static TheoryData<string?, Type> BadStrings => new()
    {
        { null, typeof(ArgumentNullException) },
        { "", typeof(ArgumentException) },
        { "  ", typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(BadStrings))]
    public void Null_or_blank_model_id_throws_and_registers_nothing(string? modelId, Type expected)
    {
        var services = new ServiceCollection();
        var kernelBuilder = Kernel.CreateBuilder();

        Action[] calls =
        [
            () => services.AddGroqChatCompletion(modelId!, TestClients.ApiKey),
            () => services.AddGroqChatCompletion(modelId!, Options()),
            () => services.AddGroqChatClient(modelId!, TestClients.ApiKey),
            () => services.AddGroqChatClient(modelId!, Options()),
            () => kernelBuilder.AddGroqChatCompletion(modelId!, TestClients.ApiKey),
            () => kernelBuilder.AddGroqChatCompletion(modelId!, Options()),
            () => kernelBuilder.AddGroqChatClient(modelId!, TestClients.ApiKey),
            () => kernelBuilder.AddGroqChatClient(modelId!, Options()),
        ];

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentException>().Which.Should().BeOfType(expected).And.Subject.As<ArgumentException>().ParamName.Should().Be("modelId");
        }

        services.Should().BeEmpty();
        kernelBuilder.Services.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadStrings))]
    public void Null_or_blank_api_key_throws_and_registers_nothing(string? apiKey, Type expected)
    {
        var services = new ServiceCollection();
        var kernelBuilder = Kernel.CreateBuilder();

        Action[] calls =
        [
            () => services.AddGroqChatCompletion(Big, apiKey!),
            () => services.AddGroqChatClient(Big, apiKey!),
            () => kernelBuilder.AddGroqChatCompletion(Big, apiKey!),
            () => kernelBuilder.AddGroqChatClient(Big, apiKey!),
        ];

        foreach (var call in calls)
        {
            call.Should().Throw<ArgumentException>().Which.Should().BeOfType(expected).And.Subject.As<ArgumentException>().ParamName.Should().Be("apiKey");
        }

        services.Should().BeEmpty();
        kernelBuilder.Services.Should().BeEmpty();
    }

    [Fact]
    public void Null_options_services_or_builder_throw_ArgumentNullException()
    {
        var services = new ServiceCollection();
        var kernelBuilder = Kernel.CreateBuilder();

        FluentActions.Invoking(() => services.AddGroqChatCompletion(Big, (GroqClientOptions)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => services.AddGroqChatClient(Big, (GroqClientOptions)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => kernelBuilder.AddGroqChatCompletion(Big, (GroqClientOptions)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => kernelBuilder.AddGroqChatClient(Big, (GroqClientOptions)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddGroqChatCompletion(Big, TestClients.ApiKey))
            .Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddGroqChatClient(Big, Options()))
            .Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => ((IKernelBuilder)null!).AddGroqChatCompletion(Big, TestClients.ApiKey))
            .Should().Throw<ArgumentNullException>().WithParameterName("builder");
        FluentActions.Invoking(() => ((IKernelBuilder)null!).AddGroqChatClient(Big, Options()))
            .Should().Throw<ArgumentNullException>().WithParameterName("builder");

        services.Should().BeEmpty();
        kernelBuilder.Services.Should().BeEmpty();
    }
}
