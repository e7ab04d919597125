using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Groq's model catalog: <c>GET /models</c> and <c>GET /models/{id}</c>, with each model's owner, state, context window and
/// largest completion. Answers are cached per endpoint and key for <see cref="GroqClientOptions.ModelCatalogLifetime"/>,
/// shared by every catalog and client in the process; concurrent callers share one fetch.
/// </summary>
public sealed class GroqModelCatalog
{
    private const string ListPath = "models";

    private readonly GroqHttpPipeline _pipeline;
    private readonly ModelCatalogCache _cache;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance with an API key.</summary>
    /// <param name="apiKey">The Groq API key.</param>
    /// <param name="endpoint">The base address; defaults to the <see cref="HttpClient.BaseAddress"/> of <paramref name="httpClient"/>, else <see cref="GroqClientOptions.DefaultEndpoint"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqModelCatalog(string apiKey, Uri? endpoint = null, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(GroqClientOptions.ForKey(apiKey, endpoint, httpClient), httpClient, loggerFactory)
    {
    }

    /// <summary>Initializes a new instance with options.</summary>
    /// <param name="options">Endpoint, key, retries, timeout and <see cref="GroqClientOptions.ModelCatalogLifetime"/>.</param>
    /// <param name="httpClient">The HTTP client to send with; a shared one when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    public GroqModelCatalog(GroqClientOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
        : this(options, new GroqHttpPipeline(options, httpClient, Loggers.For<GroqModelCatalog>(loggerFactory)), TimeProvider.System)
    {
    }

    /// <summary>A catalog over an existing pipeline (a chat client's), reading the time from <paramref name="time"/>.</summary>
    internal GroqModelCatalog(GroqClientOptions options, GroqHttpPipeline pipeline, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ModelCatalogLifetime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                "options.ModelCatalogLifetime", options.ModelCatalogLifetime, "GroqClientOptions.ModelCatalogLifetime must not be negative.");
        }

        _pipeline = pipeline;
        _lifetime = options.ModelCatalogLifetime;
        _time = time;

        // The pipeline has already refused a missing key.
        string apiKey = options.ApiKey ?? Environment.GetEnvironmentVariable(GroqClientOptions.ApiKeyEnvironmentVariable)!;
        _cache = ModelCatalogCache.For(pipeline.Endpoint, apiKey);
    }

    /// <summary>Lists the models Groq offers this key, in Groq's order (<c>GET /models</c>).</summary>
    /// <param name="cancellationToken">Cancels the wait; a fetch other callers share runs on.</param>
    /// <returns>The models.</returns>
    /// <exception cref="GroqException">Groq refused the request or sent an answer that is not a model list.</exception>
    public async Task<IReadOnlyList<GroqModel>> ListModelsAsync(CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(cancellationToken).ConfigureAwait(false)).Models;

    /// <summary>
    /// Gets one model (<c>GET /models/{id}</c>, the id encoded as one path segment); answered from a fresh cached list when
    /// that holds it.
    /// </summary>
    /// <param name="id">The model id, e.g. <c>openai/gpt-oss-120b</c>.</param>
    /// <param name="cancellationToken">Cancels the wait; a fetch other callers share runs on.</param>
    /// <returns>The model.</returns>
    /// <exception cref="GroqException">Groq refused the request; for an unknown id, 404 with <see cref="GroqException.ErrorCode"/> <c>model_not_found</c>.</exception>
    public async Task<GroqModel> GetModelAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (_cache.List.TryGetFresh(_time, _lifetime, out var index) && index!.ById.TryGetValue(id, out var listed))
        {
            return listed;
        }

        var slot = _cache.ById.GetOrAdd(id, static _ => new CachedFetch<GroqModel>());
        try
        {
            return await slot.GetAsync(token => FetchModelAsync(id, token), _time, _lifetime, cancellationToken).ConfigureAwait(false);
        }
        catch (GroqException)
        {
            // Unknown ids are not kept: asking for many would otherwise grow the cache without bound.
            _cache.ById.TryRemove(KeyValuePair.Create(id, slot));
            throw;
        }
    }

    /// <summary>The cached list, fetched when it is missing or stale; synchronous and allocation-free when fresh.</summary>
    internal ValueTask<ModelIndex> GetIndexAsync(CancellationToken cancellationToken) =>
        _cache.List.GetAsync(FetchListAsync, _time, _lifetime, cancellationToken);

    private async Task<ModelIndex> FetchListAsync(CancellationToken cancellationToken)
    {
        var list = await GetJsonAsync(ListPath, "model list", GroqJsonContext.Default.WireModelList, cancellationToken).ConfigureAwait(false);
        return ModelMapper.ToIndex(list);
    }

    private async Task<GroqModel> FetchModelAsync(string id, CancellationToken cancellationToken)
    {
        var wire = await GetJsonAsync(ModelPath.Of(id), "model", GroqJsonContext.Default.WireModel, cancellationToken).ConfigureAwait(false);
        return ModelMapper.ToModel(wire)
            ?? throw new GroqException(HttpStatusCode.OK, null, $"Groq's answer for model '{_pipeline.Redactor.Redact(id)}' has no id; it is not a model.");
    }

    private async Task<T> GetJsonAsync<T>(string path, string what, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await _pipeline.SendAsync(HttpMethod.Get, path, static () => null, streaming: false, canRetry: true, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            var stream = await response.Message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The response body was 'null'.");
            }
        }
        catch (JsonException ex)
        {
            throw GroqErrors.MalformedResponse(what, response.RequestId, ex, _pipeline.Redactor);
        }
    }
}
