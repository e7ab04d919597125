using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.SemanticKernel;

/// <summary>Adds Groq services to an <see cref="IKernelBuilder"/>.</summary>
/// <remarks>
/// Services are created when first resolved. The <see cref="HttpClient"/> is the one passed in, else one registered
/// in <see cref="IKernelBuilder.Services"/>, else the connector's shared client; the <see cref="Microsoft.Extensions.Logging.ILoggerFactory"/>
/// is the kernel's, when one is registered. Options from <c>IConfiguration</c> or a callback: <see cref="GroqConfigurationKernelBuilderExtensions"/>.
/// </remarks>
public static class GroqKernelBuilderExtensions
{
    /// <summary>
    /// Adds one <see cref="GroqChatCompletionService"/> as both <see cref="IChatCompletionService"/> and
    /// <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatCompletion(
        this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatCompletion(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>
    /// Adds one <see cref="GroqChatCompletionService"/> as both <see cref="IChatCompletionService"/> and
    /// <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="options">Endpoint, key, retries and timeout; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatCompletion(
        this IKernelBuilder builder, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatCompletion(modelId, options, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds a <see cref="GroqChatClient"/> as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <remarks>To add middleware, call the <see cref="IServiceCollection"/> overload on <see cref="IKernelBuilder.Services"/>: it returns the <see cref="ChatClientBuilder"/>.</remarks>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed client.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatClient(
        this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatClient(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds a <see cref="GroqChatClient"/> as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <remarks>To add middleware, call the <see cref="IServiceCollection"/> overload on <see cref="IKernelBuilder.Services"/>: it returns the <see cref="ChatClientBuilder"/>.</remarks>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="options">Endpoint, key, retries and timeout; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed client.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatClient(
        this IKernelBuilder builder, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatClient(modelId, options, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds a <see cref="GroqAudioToTextService"/> as <see cref="AudioToText.IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqAudioToText(
        this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqAudioToText(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds a <see cref="GroqAudioToTextService"/> as <see cref="AudioToText.IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqAudioToText(
        this IKernelBuilder builder, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqAudioToText(modelId, options, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds a <see cref="GroqTextToAudioService"/> as <see cref="TextToAudio.ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <c>GROQ_BASE_URL</c>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqTextToAudio(
        this IKernelBuilder builder, string modelId, string apiKey, Uri? endpoint = null, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqTextToAudio(modelId, apiKey, endpoint, serviceId, httpClient);
        return builder;
    }

    /// <summary>Adds a <see cref="GroqTextToAudioService"/> as <see cref="TextToAudio.ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.</summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="options">Endpoint, key, retries, timeout and the rest; copied now, so later changes do not apply.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqTextToAudio(
        this IKernelBuilder builder, string modelId, GroqClientOptions options, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqTextToAudio(modelId, options, serviceId, httpClient);
        return builder;
    }
}
