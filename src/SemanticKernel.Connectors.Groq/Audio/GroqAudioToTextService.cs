using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.Services;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Models;
using System.Diagnostics.CodeAnalysis;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Semantic Kernel speech to text on Groq's Whisper models: transcription, or translation into English with
/// <see cref="GroqAudioToTextExecutionSettings.Translate"/>. Audio over Groq's upload limit is split into overlapping
/// chunks, transcribed concurrently and merged into one transcript with whole-file timestamps.
/// </summary>
[Experimental("SKEXP0001")]
public sealed class GroqAudioToTextService : IAudioToTextService
{
    private readonly GroqHttpPipeline _pipeline;
    private readonly ModelCatalogGate? _catalogGate;
    private readonly ILogger _logger;
    private readonly string _modelId;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="modelId">The default model: <c>whisper-large-v3-turbo</c> (transcription) or <c>whisper-large-v3</c> (also translation).</param>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqAudioToTextService(string modelId, string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(modelId, GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="modelId">The default model: <c>whisper-large-v3-turbo</c> (transcription) or <c>whisper-large-v3</c> (also translation).</param>
    /// <param name="options">Endpoint, key, retries and timeout.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqAudioToTextService(string modelId, GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(options);
        _modelId = modelId;
        _logger = Loggers.For<GroqAudioToTextService>(loggerFactory);
        _pipeline = new GroqHttpPipeline(options, httpClient, _logger);
        _catalogGate = ModelCatalogGate.For(options, _pipeline);
        Chunking = options.AudioChunking ?? GroqAudioChunkingOptions.Default;
        QualityThresholds = options.TranscriptionQualityThresholds ?? GroqTranscriptionQualityThresholds.Default;
        Attributes = new Dictionary<string, object?>
        {
            [AIServiceExtensions.ModelIdKey] = modelId,
            [AIServiceExtensions.EndpointKey] = options.Endpoint.ToString(),
        };
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

    /// <summary>The model id (<see cref="AIServiceExtensions.ModelIdKey"/>) and endpoint (<see cref="AIServiceExtensions.EndpointKey"/>).</summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; }

    /// <inheritdoc />
    /// <remarks>
    /// The audio is the content's data, or the file of a <c>file:</c> URI, or an
    /// http(s) URI Groq fetches itself. The result's <c>Metadata</c> has the request id and, for <c>verbose_json</c>,
    /// <see cref="GroqMetadataKeys.Language"/>, <see cref="GroqMetadataKeys.Duration"/>, <see cref="GroqMetadataKeys.Segments"/>
    /// and <see cref="GroqMetadataKeys.Words"/>.
    /// </remarks>
    public async Task<IReadOnlyList<TextContent>> GetTextContentsAsync(
        AudioContent content, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var settings = GroqAudioToTextExecutionSettings.FromExecutionSettings(executionSettings, _logger);
        var request = KernelAudioSettingsMapper.ToRequest(settings, _modelId);
        var names = KernelAudioSettingsMapper.Names;
        var transcriber = new GroqTranscriber(_pipeline, Chunking, QualityThresholds, _logger, _catalogGate);

        TranscriptionResult result;
        if (content.Data is { } data)
        {
            await using var upload = AudioUpload.FromBytes(data);
            result = await transcriber.TranscribeAsync(request, upload, content.MimeType, names, cancellationToken).ConfigureAwait(false);
        }
        else if (content.Uri is { IsFile: true } file)
        {
            var stream = File.OpenRead(file.LocalPath);
            await using (stream.ConfigureAwait(false))
            {
                await using var upload = await AudioUpload.FromStreamAsync(stream, cancellationToken).ConfigureAwait(false);
                result = await transcriber.TranscribeAsync(request, upload, content.MimeType, names, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (content.Uri is { Scheme: "http" or "https" } url)
        {
            result = await transcriber.TranscribeAsync(request with { Url = url }, null, content.MimeType, names, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new ArgumentException("The AudioContent has neither data nor a file or http(s) URI.", nameof(content));
        }

        return [TranscriptMapper.ToTextContent(result.Transcript, result.Model, result.Raw, result.Chunks)];
    }
}
