using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Groq services whose <see cref="GroqClientOptions"/> come from <see cref="IConfiguration"/> (e.g.
/// <c>appsettings.json</c>, section <c>Groq</c>) and/or a callback, and the <see cref="GroqRateLimiter"/> they share.
/// </summary>
/// <remarks>
/// The options are read when the method is called. Services are created when first resolved, with the HttpClient,
/// logger factory and <see cref="GroqRateLimiter"/> of the container as in <see cref="GroqServiceCollectionExtensions"/>.
/// </remarks>
public static class GroqConfigurationServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="GroqChatCompletionService"/> singleton as both <see cref="IChatCompletionService"/>
    /// and <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatCompletion(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddChatCompletion(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers one <see cref="GroqChatCompletionService"/> singleton as both <see cref="IChatCompletionService"/>
    /// and <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatCompletion(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddChatCompletion(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatClient"/> singleton as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>,
    /// and returns the builder of its pipeline so middleware can be added, e.g. <c>.UseFunctionInvocation()</c>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The <see cref="ChatClientBuilder"/> whose pipeline is registered.</returns>
    public static ChatClientBuilder AddGroqChatClient(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddChatClient(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatClient"/> singleton as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>,
    /// and returns the builder of its pipeline so middleware can be added, e.g. <c>.UseFunctionInvocation()</c>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="ChatClientBuilder"/> whose pipeline is registered.</returns>
    public static ChatClientBuilder AddGroqChatClient(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddChatClient(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqAudioToTextService"/> singleton as <see cref="IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqAudioToText(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddAudioToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqAudioToTextService"/> singleton as <see cref="IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqAudioToText(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddAudioToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqTextToAudioService"/> singleton as <see cref="ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqTextToAudio(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddTextToAudio(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqTextToAudioService"/> singleton as <see cref="ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IServiceCollection AddGroqTextToAudio(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddTextToAudio(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }

    /// <summary>
    /// Registers one <see cref="GroqRateLimiter"/> singleton, created when first resolved (with the container's
    /// <see cref="TimeProvider"/>, if any) and disposed with the container. Every Groq client and service this container
    /// creates whose options set no <see cref="GroqClientOptions.RateLimiter"/> is paced by it, so use one container per API
    /// key, or set the options' limiter yourself for a second key. The last limiter registered is the one used.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The limits known in advance; read when the limiter is created. <see langword="null"/> for the defaults.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqRateLimiter(this IServiceCollection services, GroqRateLimiterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddSingleton(provider => new GroqRateLimiter(options, provider.GetService<TimeProvider>()));
    }

    /// <summary>
    /// Registers one <see cref="GroqRateLimiter"/> singleton as <see cref="AddGroqRateLimiter(IServiceCollection, GroqRateLimiterOptions?)"/>
    /// does, with its options read now from the <c>Groq:RateLimiter</c> section (the defaults when there is none).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the <c>Groq</c> section itself.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqRateLimiter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddGroqRateLimiter(GroqConfiguration.ReadRateLimiterOptions(configuration) ?? new GroqRateLimiterOptions());
    }
}
