using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// An <see cref="ISpeechToTextClient"/> for Groq's Whisper models. <see cref="SpeechToTextOptions.SpeechLanguage"/> is
/// sent as <c>language</c>; a <see cref="SpeechToTextOptions.TextLanguage"/> set and other than the speech language (or
/// with none given) translates, as MEAI's OpenAI client does; Groq translates only into English.
/// Groq-only fields go in <see cref="SpeechToTextOptions.AdditionalProperties"/> under <see cref="GroqSpeechOptionKeys"/>.
/// Audio over the upload limit is chunked, transcribed concurrently and merged.
/// </summary>
/// <remarks>
/// After <see cref="Dispose"/> new calls throw <see cref="ObjectDisposedException"/>. Calls already in flight run to their
/// end: the client owns nothing they use, and the <see cref="HttpClient"/> (the caller's or a shared one) is never disposed.
/// Cancel them with their token.
/// </remarks>
[Experimental("MEAI001")]
public sealed class GroqSpeechToTextClient : ISpeechToTextClient
{
    private readonly GroqHttpPipeline _pipeline;
    private readonly ModelCatalogGate? _catalogGate;
    private readonly ILogger _logger;
    private readonly string _modelId;
    private readonly SpeechToTextClientMetadata _metadata;
    private volatile bool _disposed;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model: <c>whisper-large-v3-turbo</c> (transcription) or <c>whisper-large-v3</c> (also translation).</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqSpeechToTextClient(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model: <c>whisper-large-v3-turbo</c> (transcription) or <c>whisper-large-v3</c> (also translation).</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqSpeechToTextClient(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        _modelId = modelId;
        _logger = Loggers.For<GroqSpeechToTextClient>(loggerFactory);
        _pipeline = new GroqHttpPipeline(options, httpClient, _logger);
        _catalogGate = ModelCatalogGate.For(options, _pipeline);
        Chunking = options.AudioChunking ?? GroqAudioChunkingOptions.Default;
        QualityThresholds = options.TranscriptionQualityThresholds ?? GroqTranscriptionQualityThresholds.Default;
        _metadata = new SpeechToTextClientMetadata("groq", options.Endpoint, modelId);
    }

    /// <summary>
    /// How audio over the upload limit is chunked: <see cref="GroqClientOptions.AudioChunking"/> of the options, else
    /// <see cref="GroqAudioChunkingOptions.Default"/>, unless set here.
    /// </summary>
    public GroqAudioChunkingOptions Chunking { get; init; }

    /// <summary>
    /// The thresholds behind each segment's <see cref="GroqTranscriptionSegment.Quality"/>:
    /// <see cref="GroqClientOptions.TranscriptionQualityThresholds"/> of the options, else
    /// <see cref="GroqTranscriptionQualityThresholds.Default"/>, unless set here.
    /// </summary>
    public GroqTranscriptionQualityThresholds QualityThresholds { get; init; }

    /// <inheritdoc />
    /// <remarks>
    /// A seekable stream is read where it is (from its current position, which is left unchanged); any other stream is first copied to a
    /// temporary file, so it can be sent again on a retry or split. The response's <see cref="SpeechToTextResponse.AdditionalProperties"/>
    /// hold the request id and, for <c>verbose_json</c>, language, duration, segments and words under <see cref="GroqMetadataKeys"/>.
    /// </remarks>
    public async Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(audioSpeechStream);
        var request = SpeechOptionsMapper.ToRequest(options, _modelId);
        await using var upload = await AudioUpload.FromStreamAsync(audioSpeechStream, cancellationToken).ConfigureAwait(false);
        var result = await new GroqTranscriber(_pipeline, Chunking, QualityThresholds, _logger, _catalogGate)
            .TranscribeAsync(request, upload, null, SpeechOptionsMapper.Names, cancellationToken).ConfigureAwait(false);
        return TranscriptMapper.ToSpeechToTextResponse(result.Transcript, result.Model, result.Raw, result.Chunks);
    }

    /// <inheritdoc />
    /// <remarks>Groq does not stream transcripts: the whole transcript is yielded as the updates of one response.</remarks>
    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetTextAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToSpeechToTextResponseUpdates())
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
