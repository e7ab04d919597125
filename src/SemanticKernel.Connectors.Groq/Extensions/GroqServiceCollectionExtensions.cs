using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Groq services in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// Services are created when first resolved. The <see cref="HttpClient"/> is the one passed in, else one registered
/// in the container, else the connector's shared client; the <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/> is the container's, when
/// one is registered; so is the <see cref="GroqRateLimiter"/>, when one is registered and the options set none.
/// A missing or blank key is refused with the same message on every path (see <c>docs/configuration.md</c>).
/// Options from <c>IConfiguration</c> or a callback: <see cref="GroqConfigurationServiceCollectionExtensions"/>;
/// MEAI's speech clients: <see cref="GroqSpeechServiceCollectionExtensions"/>.
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
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatCompletion(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddChatCompletion(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
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
        return GroqRegistrar.AddChatCompletion(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatClient"/> singleton as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>,
    /// and returns the builder of its pipeline so middleware can be added, e.g. <c>.UseFunctionInvocation()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed client.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="ChatClientBuilder"/> whose pipeline is registered.</returns>
    public static ChatClientBuilder AddGroqChatClient(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddChatClient(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
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
        return GroqRegistrar.AddChatClient(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>Registers a <see cref="GroqAudioToTextService"/> singleton as <see cref="IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqAudioToText(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddAudioToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
    }

    /// <summary>Registers a <see cref="GroqAudioToTextService"/> singleton as <see cref="IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="options">Endpoint, key, retries, timeout, audio chunking and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqAudioToText(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        return GroqRegistrar.AddAudioToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>Registers a <see cref="GroqTextToAudioService"/> singleton as <see cref="ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqTextToAudio(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddTextToAudio(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
    }

    /// <summary>Registers a <see cref="GroqTextToAudioService"/> singleton as <see cref="ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqTextToAudio(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        return GroqRegistrar.AddTextToAudio(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }
}
