using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Groq's speech clients as Microsoft.Extensions.AI's <see cref="ISpeechToTextClient"/> and <see cref="ITextToSpeechClient"/>.</summary>
/// <remarks>
/// Both interfaces are experimental in Microsoft.Extensions.AI (diagnostic <c>MEAI001</c>). Clients are created when first
/// resolved, with the HttpClient, logger factory and <see cref="GroqRateLimiter"/> of the container as in
/// <see cref="GroqServiceCollectionExtensions"/>; options from configuration are read as in
/// <see cref="GroqConfigurationServiceCollectionExtensions"/>.
/// </remarks>
public static class GroqSpeechServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="GroqSpeechToTextClient"/> singleton as MEAI's <see cref="ISpeechToTextClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="SpeechToTextClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddGroqSpeechToTextClient(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddSpeechToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
    }

    /// <summary>
    /// Registers a <see cref="GroqSpeechToTextClient"/> singleton as MEAI's <see cref="ISpeechToTextClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="SpeechToTextClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddGroqSpeechToTextClient(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        return GroqRegistrar.AddSpeechToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>
    /// Registers a <see cref="GroqSpeechToTextClient"/> singleton as MEAI's <see cref="ISpeechToTextClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The <see cref="SpeechToTextClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddGroqSpeechToTextClient(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddSpeechToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqSpeechToTextClient"/> singleton as MEAI's <see cref="ISpeechToTextClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="SpeechToTextClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static SpeechToTextClientBuilder AddGroqSpeechToTextClient(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddSpeechToText(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqTextToSpeechClient"/> singleton as MEAI's <see cref="ITextToSpeechClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="TextToSpeechClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddGroqTextToSpeechClient(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddTextToSpeech(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
    }

    /// <summary>
    /// Registers a <see cref="GroqTextToSpeechClient"/> singleton as MEAI's <see cref="ITextToSpeechClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="TextToSpeechClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddGroqTextToSpeechClient(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        return GroqRegistrar.AddTextToSpeech(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>
    /// Registers a <see cref="GroqTextToSpeechClient"/> singleton as MEAI's <see cref="ITextToSpeechClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The <see cref="TextToSpeechClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddGroqTextToSpeechClient(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddTextToSpeech(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqTextToSpeechClient"/> singleton as MEAI's <see cref="ITextToSpeechClient"/>, keyed by
    /// <paramref name="serviceId"/>, and returns the builder of its pipeline so middleware can be added.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The <see cref="TextToSpeechClientBuilder"/> whose pipeline is registered.</returns>
    [Experimental("MEAI001")]
    public static TextToSpeechClientBuilder AddGroqTextToSpeechClient(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddTextToSpeech(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }
}
