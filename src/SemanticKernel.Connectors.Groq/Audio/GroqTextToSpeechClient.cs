using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// An <see cref="ITextToSpeechClient"/> for Groq (<c>/audio/speech</c>): <see cref="TextToSpeechOptions.VoiceId"/> is the
/// voice, <see cref="TextToSpeechOptions.AudioFormat"/> the format (a name such as <c>mp3</c> or a MIME type),
/// <see cref="TextToSpeechOptions.Speed"/> the speed, and <c>AdditionalProperties["sample_rate"]</c> the sample rate.
/// </summary>
/// <remarks>
/// After <see cref="Dispose"/> new calls throw <see cref="ObjectDisposedException"/>. Calls already in flight run to their
/// end: the client owns nothing they use, and the <see cref="HttpClient"/> (the caller's or a shared one) is never disposed.
/// Cancel them with their token.
/// </remarks>
[Experimental("MEAI001")]
public sealed class GroqTextToSpeechClient : ITextToSpeechClient
{
    private readonly GroqSpeechSynthesizer _synthesizer;
    private readonly string _modelId;
    private readonly TextToSpeechClientMetadata _metadata;
    private volatile bool _disposed;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqTextToSpeechClient(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model, e.g. <c>canopylabs/orpheus-v1-english</c>.</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqTextToSpeechClient(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        _modelId = modelId;
        var logger = Loggers.For<GroqTextToSpeechClient>(loggerFactory);
        var pipeline = new GroqHttpPipeline(options, httpClient, logger);
        _synthesizer = new GroqSpeechSynthesizer(pipeline, ModelCatalogGate.For(options, pipeline));
        _metadata = new TextToSpeechClientMetadata("groq", options.Endpoint, modelId);
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException"><see cref="TextToSpeechOptions.Pitch"/> or <see cref="TextToSpeechOptions.Volume"/> is set; Groq has neither.</exception>
    public async Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (options?.Pitch is not null || options?.Volume is not null)
        {
            throw new NotSupportedException("Groq text to speech has no pitch or volume; leave TextToSpeechOptions.Pitch and Volume unset.");
        }

        string model = options?.ModelId is { Length: > 0 } m ? m : _modelId;
        int? sampleRate = options?.AdditionalProperties?.TryGetValue("sample_rate", out object? rate) == true && rate is IConvertible number
            ? number.ToInt32(System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var request = SpeechRequestMapper.ToWireRequest(
            model, text, options?.VoiceId, options?.AudioFormat, sampleRate, options?.Speed, SpeechSettingNames.TextToSpeech);
        var (audio, mediaType, requestId) = await _synthesizer.SynthesizeAsync(
            request, options?.ModelId is { Length: > 0 } ? "TextToSpeechOptions.ModelId" : "modelId", cancellationToken).ConfigureAwait(false);
        return new TextToSpeechResponse([new DataContent(audio, mediaType)]) { ResponseId = requestId, ModelId = model };
    }

    /// <inheritdoc />
    /// <remarks>Groq answers with the whole audio: it is yielded as the updates of one response.</remarks>
    public async IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(
        string text, TextToSpeechOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetAudioAsync(text, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToTextToSpeechResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => ClientServices.Get(this, _metadata, serviceType, serviceKey);

    /// <inheritdoc />
    /// <remarks>Refuses later calls; calls in flight run to their end, and the <see cref="HttpClient"/> is not disposed.</remarks>
    public void Dispose() => _disposed = true;
}
