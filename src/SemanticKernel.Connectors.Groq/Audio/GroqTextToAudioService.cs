using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Models;
using System.Diagnostics.CodeAnalysis;

namespace SemanticKernel.Connectors.Groq;

/// <summary>Semantic Kernel text to speech on Groq (<c>/audio/speech</c>, e.g. <c>canopylabs/orpheus-v1-english</c>).</summary>
[Experimental("SKEXP0001")]
public sealed class GroqTextToAudioService : ITextToAudioService
{
    private readonly GroqSpeechSynthesizer _synthesizer;
    private readonly ILogger _logger;
    private readonly string _modelId;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqTextToAudioService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqTextToAudioService(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        _modelId = modelId;
        _logger = Loggers.For<GroqTextToAudioService>(loggerFactory);
        var pipeline = new GroqHttpPipeline(options, httpClient, _logger);
        _synthesizer = new GroqSpeechSynthesizer(pipeline, ModelCatalogGate.For(options, pipeline));
        Attributes = new Dictionary<string, object?>
        {
            [AIServiceExtensions.ModelIdKey] = modelId,
            [AIServiceExtensions.EndpointKey] = options.Endpoint.ToString(),
        };
    }

    /// <summary>The model id (<see cref="AIServiceExtensions.ModelIdKey"/>) and endpoint (<see cref="AIServiceExtensions.EndpointKey"/>).</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AudioContent>> GetAudioContentsAsync(
        string text, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        var settings = GroqTextToAudioExecutionSettings.FromExecutionSettings(executionSettings, _logger);
        string model = settings.ModelId is { Length: > 0 } m ? m : _modelId;
        var request = SpeechRequestMapper.ToWireRequest(
            model, text, settings.Voice, settings.ResponseFormat, settings.SampleRate, settings.Speed, SpeechSettingNames.Kernel);
        var (audio, mediaType, requestId) = await _synthesizer.SynthesizeAsync(
            request, settings.ModelId is { Length: > 0 } ? "PromptExecutionSettings.ModelId" : "modelId", cancellationToken).ConfigureAwait(false);
        return
        [
            new AudioContent(audio, mediaType)
            {
                ModelId = model,
                Metadata = new Dictionary<string, object?> { [GroqMetadataKeys.RequestId] = requestId },
            },
        ];
    }
}
