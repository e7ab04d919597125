using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using Microsoft.SemanticKernel.TextToAudio;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// What every <c>AddGroq*</c> registration shares: the options each way of giving them stands for, and the factories that
/// build a client or service from them with the container's <see cref="HttpClient"/>, <see cref="ILoggerFactory"/> and
/// <see cref="GroqRateLimiter"/>.
/// </summary>
internal static class GroqRegistrar
{
    /// <summary>The options of a key registration, made when the service is first resolved (the endpoint may be the HttpClient's).</summary>
    public static Func<HttpClient?, GroqClientOptions> ForKey(string apiKey, Uri? endpoint)
    {
        Core.ApiKeyRules.Require(apiKey, nameof(apiKey));
        return httpClient => GroqClientOptions.ForKey(apiKey, endpoint, httpClient);
    }

    /// <summary>A copy of <paramref name="options"/> taken now, so later changes do not apply.</summary>
    public static Func<HttpClient?, GroqClientOptions> ForOptions(GroqClientOptions options)
    {
        var snapshot = options.Clone();
        return _ => snapshot;
    }

    /// <summary>
    /// The options the configuration gives, then <paramref name="configure"/>, read now; a <c>RateLimiter</c> subsection
    /// also registers the container's <see cref="GroqRateLimiter"/> unless one is registered already.
    /// </summary>
    public static Func<HttpClient?, GroqClientOptions> ForConfiguration(IServiceCollection services, IConfiguration? configuration, Action<GroqClientOptions>? configure)
    {
        var options = configuration is null ? new GroqClientOptions() : GroqConfiguration.ReadClientOptions(configuration);
        configure?.Invoke(options);
        if (configuration is not null && GroqConfiguration.ReadRateLimiterOptions(configuration) is { } limiter)
        {
            services.TryAddSingleton(provider => new GroqRateLimiter(limiter, provider.GetService<TimeProvider>()));
        }

        return ForOptions(options);
    }

    public static ChatClientBuilder AddChatClient(IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options)
    {
        IChatClient Create(IServiceProvider provider)
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqChatClient(modelId, resolved, http, loggers);
        }

        return serviceId is null ? services.AddChatClient(Create) : services.AddKeyedChatClient(serviceId, Create);
    }

    public static IServiceCollection AddChatCompletion(
        IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options)
    {
        // Both interfaces resolve to one instance. Its private key keeps two registrations under the same
        // serviceId (or none) apart: forwarding by serviceId would make both return the last one.
        object instanceKey = new();
        services.AddKeyedSingleton(instanceKey, (provider, _) =>
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqChatCompletionService(new GroqChatClient(modelId, resolved, http, loggers), loggers);
        });
        services.AddKeyedSingleton<IChatCompletionService>(
            serviceId, (provider, _) => provider.GetRequiredKeyedService<GroqChatCompletionService>(instanceKey));
        services.AddKeyedSingleton<ITextGenerationService>(
            serviceId, (provider, _) => provider.GetRequiredKeyedService<GroqChatCompletionService>(instanceKey));
        return services;
    }

    public static IServiceCollection AddAudioToText(
        IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options) =>
        services.AddKeyedSingleton<IAudioToTextService>(serviceId, (provider, _) =>
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqAudioToTextService(modelId, resolved, http, loggers);
        });

    public static IServiceCollection AddTextToAudio(
        IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options) =>
        services.AddKeyedSingleton<ITextToAudioService>(serviceId, (provider, _) =>
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqTextToAudioService(modelId, resolved, http, loggers);
        });

    public static SpeechToTextClientBuilder AddSpeechToText(
        IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options)
    {
        ISpeechToTextClient Create(IServiceProvider provider)
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqSpeechToTextClient(modelId, resolved, http, loggers);
        }

        return serviceId is null ? services.AddSpeechToTextClient(Create) : services.AddKeyedSpeechToTextClient(serviceId, Create);
    }

    public static TextToSpeechClientBuilder AddTextToSpeech(
        IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options)
    {
        ITextToSpeechClient Create(IServiceProvider provider)
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqTextToSpeechClient(modelId, resolved, http, loggers);
        }

        return serviceId is null ? services.AddTextToSpeechClient(Create) : services.AddKeyedTextToSpeechClient(serviceId, Create);
    }

    public static IServiceCollection AddModelCatalog(
        IServiceCollection services, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options) =>
        services.AddKeyedSingleton(serviceId, (provider, _) =>
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqModelCatalog(resolved, http, loggers);
        });

    public static IServiceCollection AddChatBatch(
        IServiceCollection services, string modelId, string? serviceId, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options)
    {
        // As for chat completion: the kernel batch wraps this registration's runner, not the last one under the serviceId.
        object instanceKey = new();
        services.AddKeyedSingleton(instanceKey, (provider, _) =>
        {
            var (resolved, http, loggers) = Resolve(provider, httpClient, options);
            return new GroqChatBatch(modelId, resolved, http, loggers);
        });
        services.AddKeyedSingleton(serviceId, (provider, _) => provider.GetRequiredKeyedService<GroqChatBatch>(instanceKey));
        services.AddKeyedSingleton(serviceId, (provider, _) =>
            new GroqKernelBatch(provider.GetRequiredKeyedService<GroqChatBatch>(instanceKey), provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// The options, HttpClient and logger factory a registration's service is built with: the HttpClient passed in, else the
    /// container's; the container's <see cref="GroqRateLimiter"/> when the options set none.
    /// </summary>
    private static (GroqClientOptions Options, HttpClient? HttpClient, ILoggerFactory? LoggerFactory) Resolve(
        IServiceProvider provider, HttpClient? httpClient, Func<HttpClient?, GroqClientOptions> options)
    {
        var http = httpClient ?? provider.GetService<HttpClient>();
        var resolved = options(http);
        if (resolved.RateLimiter is null && provider.GetService<GroqRateLimiter>() is { } limiter)
        {
            resolved = resolved.Clone();
            resolved.RateLimiter = limiter;
        }

        return (resolved, http, provider.GetService<ILoggerFactory>());
    }
}
