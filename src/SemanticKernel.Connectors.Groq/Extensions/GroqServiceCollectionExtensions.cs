using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Groq services in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// Services are created when first resolved. The <see cref="HttpClient"/> is the one passed in, else one registered
/// in the container, else the connector's shared client; the <see cref="ILoggerFactory"/> is the container's, when
/// one is registered.
/// </remarks>
public static class GroqServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="GroqChatCompletionService"/> singleton as both <see cref="IChatCompletionService"/>
    /// and <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatCompletion(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return AddChatCompletion(
            services,
            serviceId,
            provider => OverClient(provider, new GroqChatClient(modelId, apiKey, endpoint, HttpClientFrom(provider, httpClient), provider.GetService<ILoggerFactory>())));
    }

    /// <summary>
    /// Registers one <see cref="GroqChatCompletionService"/> singleton as both <see cref="IChatCompletionService"/>
    /// and <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="options">Endpoint, key, retries and timeout; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatCompletion(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = options.Clone();
        return AddChatCompletion(
            services,
            serviceId,
            provider => OverClient(provider, new GroqChatClient(modelId, snapshot, HttpClientFrom(provider, httpClient), provider.GetService<ILoggerFactory>())));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatClient"/> singleton as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>,
    /// and returns the builder of its pipeline so middleware can be added, e.g. <c>.UseFunctionInvocation()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed client.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="ChatClientBuilder"/> whose pipeline is registered.</returns>
    public static ChatClientBuilder AddGroqChatClient(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return AddChatClient(
            services,
            serviceId,
            provider => new GroqChatClient(modelId, apiKey, endpoint, HttpClientFrom(provider, httpClient), provider.GetService<ILoggerFactory>()));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatClient"/> singleton as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>,
    /// and returns the builder of its pipeline so middleware can be added, e.g. <c>.UseFunctionInvocation()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="options">Endpoint, key, retries and timeout; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed client.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="ChatClientBuilder"/> whose pipeline is registered.</returns>
    public static ChatClientBuilder AddGroqChatClient(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        var snapshot = options.Clone();
        return AddChatClient(
            services,
            serviceId,
            provider => new GroqChatClient(modelId, snapshot, HttpClientFrom(provider, httpClient), provider.GetService<ILoggerFactory>()));
    }

    /// <summary>Registers a <see cref="GroqAudioToTextService"/> singleton as <see cref="IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqAudioToText(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return services.AddKeyedSingleton<IAudioToTextService>(
            serviceId,
            (provider, _) => new GroqAudioToTextService(modelId, apiKey, endpoint, HttpClientFrom(provider, httpClient), provider.GetService<ILoggerFactory>()));
    }

    /// <summary>Registers a <see cref="GroqTextToAudioService"/> singleton as <see cref="ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqTextToAudio(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return services.AddKeyedSingleton<ITextToAudioService>(
            serviceId,
            (provider, _) => new GroqTextToAudioService(modelId, apiKey, endpoint, HttpClientFrom(provider, httpClient), provider.GetService<ILoggerFactory>()));
    }

    private static IServiceCollection AddChatCompletion(
        IServiceCollection services, string? serviceId, Func<IServiceProvider, GroqChatCompletionService> factory)
    {
        // Both interfaces resolve to one instance. Its private key keeps two registrations under the same
        // serviceId (or none) apart: forwarding by serviceId would make both return the last one.
        object instanceKey = new();
        services.AddKeyedSingleton(instanceKey, (provider, _) => factory(provider));
        services.AddKeyedSingleton<IChatCompletionService>(
            serviceId, (provider, _) => provider.GetRequiredKeyedService<GroqChatCompletionService>(instanceKey));
        services.AddKeyedSingleton<ITextGenerationService>(
            serviceId, (provider, _) => provider.GetRequiredKeyedService<GroqChatCompletionService>(instanceKey));
        return services;
    }

    private static ChatClientBuilder AddChatClient(IServiceCollection services, string? serviceId, Func<IServiceProvider, IChatClient> factory) =>
        serviceId is null ? services.AddChatClient(factory) : services.AddKeyedChatClient(serviceId, factory);

    private static GroqChatCompletionService OverClient(IServiceProvider provider, GroqChatClient client) =>
        new(client, provider.GetService<ILoggerFactory>());

    private static HttpClient? HttpClientFrom(IServiceProvider provider, HttpClient? httpClient) =>
        httpClient ?? provider.GetService<HttpClient>();
}
