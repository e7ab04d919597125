using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using SemanticKernel.Connectors.Groq;

namespace Microsoft.SemanticKernel;

/// <summary>
/// Adds Groq services to an <see cref="IKernelBuilder"/> with <see cref="GroqClientOptions"/> from <see cref="IConfiguration"/>
/// (section <c>Groq</c>) and/or a callback, read when the method is called; as
/// <see cref="GroqConfigurationServiceCollectionExtensions"/> on <see cref="IKernelBuilder.Services"/>.
/// </summary>
public static class GroqConfigurationKernelBuilderExtensions
{
    /// <summary>
    /// Adds one <see cref="GroqChatCompletionService"/> as both <see cref="IChatCompletionService"/> and
    /// <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatCompletion(
        this IKernelBuilder builder, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatCompletion(modelId, configuration, serviceId, httpClient, configure);
        return builder;
    }

    /// <summary>
    /// Adds one <see cref="GroqChatCompletionService"/> as both <see cref="IChatCompletionService"/> and
    /// <see cref="ITextGenerationService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatCompletion(
        this IKernelBuilder builder, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatCompletion(modelId, configure, serviceId, httpClient);
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="GroqChatClient"/> as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatClient(
        this IKernelBuilder builder, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatClient(modelId, configuration, serviceId, httpClient, configure);
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="GroqChatClient"/> as <see cref="IChatClient"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>llama-3.3-70b-versatile</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    public static IKernelBuilder AddGroqChatClient(
        this IKernelBuilder builder, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqChatClient(modelId, configure, serviceId, httpClient);
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="GroqAudioToTextService"/> as <see cref="AudioToText.IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqAudioToText(
        this IKernelBuilder builder, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqAudioToText(modelId, configuration, serviceId, httpClient, configure);
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="GroqAudioToTextService"/> as <see cref="AudioToText.IAudioToTextService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>whisper-large-v3-turbo</c>, or <c>whisper-large-v3</c> to translate too.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqAudioToText(
        this IKernelBuilder builder, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqAudioToText(modelId, configure, serviceId, httpClient);
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="GroqTextToAudioService"/> as <see cref="TextToAudio.ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are read now from <paramref name="configuration"/> (section <c>Groq</c>), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="configuration">The configuration root (its <c>Groq</c> section is read) or the section itself; see <see cref="GroqConfiguration.ReadClientOptions"/>.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <param name="configure">Changes to the options after they are read, or <see langword="null"/>.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqTextToAudio(
        this IKernelBuilder builder, string modelId, IConfiguration configuration, string? serviceId = null, HttpClient? httpClient = null,
        Action<GroqClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqTextToAudio(modelId, configuration, serviceId, httpClient, configure);
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="GroqTextToAudioService"/> as <see cref="TextToAudio.ITextToAudioService"/>, keyed by <paramref name="serviceId"/>.
    /// Its options are the defaults (key from <c>GROQ_API_KEY</c>, endpoint from <c>GROQ_BASE_URL</c> when set) as
    /// <paramref name="configure"/> changes them, now.
    /// </summary>
    /// <param name="builder">The kernel builder.</param>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="serviceId">The service id; <see langword="null"/> adds a non-keyed service.</param>
    /// <param name="httpClient">The HTTP client to send with; when <see langword="null"/>, the kernel's, else a shared one.</param>
    /// <returns>The same <paramref name="builder"/>.</returns>
    [Experimental("SKEXP0001")]
    public static IKernelBuilder AddGroqTextToAudio(
        this IKernelBuilder builder, string modelId, Action<GroqClientOptions> configure, string? serviceId = null, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGroqTextToAudio(modelId, configure, serviceId, httpClient);
        return builder;
    }
}
