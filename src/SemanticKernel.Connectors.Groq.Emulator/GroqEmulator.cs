using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SemanticKernel.Connectors.Groq.Emulator.Audio;
using SemanticKernel.Connectors.Groq.Emulator.Batches;
using SemanticKernel.Connectors.Groq.Emulator.Chat;
using SemanticKernel.Connectors.Groq.Emulator.Models;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>
/// A Groq-compatible HTTP server on a free loopback port: <c>/chat/completions</c> (JSON and SSE, tools, JSON mode,
/// reasoning, strict validation), <c>/audio/transcriptions</c> and <c>/audio/translations</c> (streamed multipart uploads,
/// a deterministic emulated Whisper), <c>/audio/speech</c>, <c>/models</c>, <c>/files</c> and <c>/batches</c> (the Batch API on a
/// compressed clock, each line answered by the emulator's chat engine), rate-limit headers, and scripted responses for tests.
/// </summary>
public sealed class GroqEmulator : IAsyncDisposable
{
    internal const string BasePath = "/openai/v1";

    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private int _disposed;

    private GroqEmulator(WebApplication app, EmulatorState state, Uri endpoint)
    {
        _app = app;
        _state = state;
        Endpoint = endpoint;
    }

    /// <summary>
    /// The base URL, <c>http://127.0.0.1:{port}/openai/v1</c> (no trailing slash); its host is
    /// <see cref="GroqEmulatorOptions.ListenAddress"/>, or the loopback address when that is a wildcard.
    /// </summary>
    public Uri Endpoint { get; }

    /// <summary>The API key the emulator accepts.</summary>
    public string ApiKey => _state.ApiKey;

    /// <summary>
    /// A snapshot of the requests received so far, on every path, in arrival order (rejected ones included); always empty when
    /// <see cref="GroqEmulatorOptions.RecordRequests"/> is false.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => _state.Requests;

    /// <summary>
    /// The number of requests received so far, on every path (rejected ones included), whether or not
    /// <see cref="GroqEmulatorOptions.RecordRequests"/> keeps them in <see cref="Requests"/>; <see cref="ClearRequests"/> does not reset it.
    /// </summary>
    public long RequestCount => _state.RequestCount;

    /// <summary>The number of chat requests answered with a fault drawn by <see cref="GroqEmulatorOptions.Faults"/> so far.</summary>
    public long InjectedFaultCount => _state.Faults?.Injected ?? 0;

    /// <summary>The number of chat requests refused by an enforced rate limit (see <see cref="GroqEmulatorOptions.EnforceRateLimits"/>) so far.</summary>
    public long RateLimitedCount => _state.RateLimited;

    /// <summary>The number of scripted responses not yet consumed.</summary>
    public int PendingResponses => _state.PendingResponses;

    /// <summary>
    /// Starts an emulator on <see cref="GroqEmulatorOptions.ListenAddress"/> (127.0.0.1 by default) and
    /// <see cref="GroqEmulatorOptions.Port"/> (a free port by default).
    /// </summary>
    /// <param name="options">The settings, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<GroqEmulator> StartAsync(GroqEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new GroqEmulatorOptions();
        if (options.RequireApiKey)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey, nameof(options));
        }

        if (options.ListenAddress is null)
        {
            throw new ArgumentException("GroqEmulatorOptions.ListenAddress must be set (IPAddress.Loopback by default).", nameof(options));
        }

        if (options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "GroqEmulatorOptions.Port must be from 0 (a free port) to 65535.");
        }

        var state = new EmulatorState(options, new FileStore());
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodySize(options.MaxAudioBytes);
            kestrel.Listen(options.ListenAddress, options.Port);
        });
        builder.Services.AddRoutingCore();

        var app = builder.Build();
        var middleware = new EmulatorMiddleware(state);
        app.Use(next => context => middleware.InvokeAsync(context, next));
        app.MapPost(BasePath + "/chat/completions", ChatCompletionsEndpoint.HandleAsync);
        app.MapPost(BasePath + "/audio/transcriptions", AudioTranscriptionsEndpoint.TranscribeAsync);
        app.MapPost(BasePath + "/audio/translations", AudioTranscriptionsEndpoint.TranslateAsync);
        app.MapPost(BasePath + "/audio/speech", SpeechEndpoint.HandleAsync);
        app.MapGet(BasePath + "/models", ModelsEndpoint.ListAsync);
        app.MapGet(BasePath + "/models/{**id}", ModelsEndpoint.GetAsync);
        app.MapPost(BasePath + "/files", FilesEndpoint.UploadAsync);
        app.MapGet(BasePath + "/files", FilesEndpoint.ListAsync);
        app.MapGet(BasePath + "/files/{id}", FilesEndpoint.GetAsync);
        app.MapDelete(BasePath + "/files/{id}", FilesEndpoint.DeleteAsync);
        app.MapGet(BasePath + "/files/{id}/content", FilesEndpoint.ContentAsync);
        app.MapPost(BasePath + "/batches", BatchesEndpoint.CreateAsync);
        app.MapGet(BasePath + "/batches", BatchesEndpoint.ListAsync);
        app.MapGet(BasePath + "/batches/{id}", BatchesEndpoint.GetAsync);
        app.MapPost(BasePath + "/batches/{id}/cancel", BatchesEndpoint.CancelAsync);
        app.MapFallback(UnknownUrlEndpoint.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await state.Batches.DisposeAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(address).Port;
        var endpoint = new UriBuilder(Uri.UriSchemeHttp, EndpointHost(options.ListenAddress), port, BasePath).Uri;
        return new GroqEmulator(app, state, endpoint);
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests() => _state.ClearRequests();

    /// <summary>
    /// Adds a scripted response; each valid <c>/chat/completions</c>, <c>/audio/transcriptions</c>, <c>/audio/translations</c>
    /// and <c>/audio/speech</c> request consumes one, first in first out (batch lines never do: they run in the background).
    /// </summary>
    /// <param name="response">The response to send.</param>
    public void Enqueue(EmulatorResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _state.Enqueue(response);
    }

    private static string EndpointHost(IPAddress address)
    {
        if (address.Equals(IPAddress.Any))
        {
            return "127.0.0.1";
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            address = IPAddress.IPv6Loopback;
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
    }

    private static long? MaxRequestBodySize(long maxAudioBytes)
    {
        const long FormOverhead = 1024 * 1024;
        return maxAudioBytes >= long.MaxValue - FormOverhead ? null : Math.Max(BatchLimits.MaxFileBytes, maxAudioBytes) + FormOverhead;
    }

    /// <summary>Stops the server and releases its port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _state.Batches.DisposeAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
