using Microsoft.Extensions.Configuration;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Groq's model catalog and batch runners in an <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// Each is one singleton (keyed by <c>serviceId</c>), created when first resolved, with the HttpClient, logger factory and
/// <see cref="GroqRateLimiter"/> of the container as in <see cref="GroqServiceCollectionExtensions"/>; options from
/// configuration are read as in <see cref="GroqConfigurationServiceCollectionExtensions"/>.
/// </remarks>
public static class GroqBatchServiceCollectionExtensions
{
    /// <summary>Registers a <see cref="GroqModelCatalog"/> singleton, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqModelCatalog(
        this IServiceCollection services, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return GroqRegistrar.AddModelCatalog(services, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
    }

    /// <summary>Registers a <see cref="GroqModelCatalog"/> singleton, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqModelCatalog(
        this IServiceCollection services, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        return GroqRegistrar.AddModelCatalog(services, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>
    /// Registers a <see cref="GroqModelCatalog"/> singleton, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqModelCatalog(
        this IServiceCollection services, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddModelCatalog(services, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqModelCatalog"/> singleton, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqModelCatalog(
        this IServiceCollection services, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddModelCatalog(services, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }

    /// <summary>Registers a <see cref="GroqChatBatch"/> singleton and a <see cref="GroqKernelBatch"/> over it, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model of the requests, e.g. <c>llama-3.1-8b-instant</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatBatch(
        this IServiceCollection services, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return GroqRegistrar.AddChatBatch(services, modelId, serviceId, httpClient, GroqRegistrar.ForKey(apiKey, endpoint));
    }

    /// <summary>Registers a <see cref="GroqChatBatch"/> singleton and a <see cref="GroqKernelBatch"/> over it, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model of the requests, e.g. <c>llama-3.1-8b-instant</c>.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatBatch(
        this IServiceCollection services, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        return GroqRegistrar.AddChatBatch(services, modelId, serviceId, httpClient, GroqRegistrar.ForOptions(options));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatBatch"/> singleton and a <see cref="GroqKernelBatch"/> over it, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model of the requests, e.g. <c>llama-3.1-8b-instant</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatBatch(
        this IServiceCollection services, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configuration);
        return GroqRegistrar.AddChatBatch(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, configuration, configure));
    }

    /// <summary>
    /// Registers a <see cref="GroqChatBatch"/> singleton and a <see cref="GroqKernelBatch"/> over it, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="modelId">The default model of the requests, e.g. <c>llama-3.1-8b-instant</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service key; <see langword="null"/> registers a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the container's, else a shared one.</param>
    /// <returns>The same <paramref name="services"/>.</returns>
    public static IServiceCollection AddGroqChatBatch(
        this IServiceCollection services, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(configure);
        return GroqRegistrar.AddChatBatch(services, modelId, serviceId, httpClient, GroqRegistrar.ForConfiguration(services, null, configure));
    }
}
