namespace SemanticKernel.Connectors.Groq;

/// <summary>Where and how the connector reaches Groq.</summary>
public sealed class GroqClientOptions
{
    /// <summary>Groq's OpenAI-compatible base address.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.groq.com/openai/v1");

    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "GROQ_API_KEY";

    /// <summary>
    /// The environment variable read when <see cref="Endpoint"/> is not set: the server's root, as Groq's SDKs take it
    /// (e.g. <c>http://localhost:8080</c>), with <c>/openai/v1</c> added.
    /// </summary>
    public const string BaseUrlEnvironmentVariable = "GROQ_BASE_URL";

    private Uri? _endpoint;

    /// <summary>
    /// Gets or sets the base address of the API, e.g. <c>https://api.groq.com/openai/v1</c>. When not set (or set to
    /// <see langword="null"/>), it is <c>GROQ_BASE_URL</c> with <c>/openai/v1</c> added when that variable is set, else
    /// <see cref="DefaultEndpoint"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not set, and <c>GROQ_BASE_URL</c> is not an absolute http or https URL.</exception>
    public Uri Endpoint
    {
        get => _endpoint ?? Core.GroqBaseUrl.FromEnvironment() ?? DefaultEndpoint;
        set => _endpoint = value;
    }

    /// <summary>
    /// Gets or sets the API key. When <see langword="null"/>, <c>GROQ_API_KEY</c> is read; an empty key, or neither, is
    /// refused when a client is created.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets how many times a failed request is retried (connection errors, timeouts, 408, 409, 429, 5xx).
    /// Defaults to 2, as Groq's official SDKs do. 0 turns retries off.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// Gets or sets the time one attempt may take: sending and reading a whole response, or, for a stream,
    /// until its headers arrive and then between any two of its chunks. Defaults to 60 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets the largest body of a non-streaming answer (a completion, a transcript, synthesized speech) the client
    /// reads; a larger one fails with a <see cref="GroqException"/> naming this option. Defaults to 128 MiB, well above
    /// anything Groq sends (the largest are long speech syntheses as WAV).
    /// </summary>
    public long MaxResponseBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>
    /// Gets or sets how much of an error answer's body is read and kept in <see cref="GroqException"/>; the rest is not
    /// read. Defaults to 64 KiB (Groq's error bodies are a few hundred bytes). The exception's message quotes at most
    /// 4,096 characters of it.
    /// </summary>
    public int MaxErrorBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Gets or sets the largest single event of a stream (all its lines up to the blank line that ends it); a larger one
    /// fails with a <see cref="GroqException"/> naming this option. Defaults to 4 MiB (Groq's chunks are a few hundred bytes).
    /// </summary>
    public int MaxStreamEventBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the most characters of text, reasoning, tool-call arguments and executed built-in tools one stream may
    /// deliver, which callers and the client itself (tool-call arguments) accumulate; past it the stream fails with a
    /// <see cref="GroqException"/> naming this option. Defaults to 16 Mi characters, far above the longest answer Groq's
    /// models produce.
    /// </summary>
    public int MaxStreamCharacters { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets or sets how long a <see cref="GroqModelCatalog"/> answer (the model list, or one model) is reused before it is
    /// fetched again. The cache is shared by every catalog and client in the process that uses the same endpoint and key.
    /// Defaults to 1 hour; <see cref="TimeSpan.Zero"/> fetches on every call (concurrent calls still share one fetch).
    /// </summary>
    public TimeSpan ModelCatalogLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Gets or sets whether <see cref="GroqChatClient"/> (and so <see cref="GroqChatCompletionService"/>) checks each request
    /// against Groq's model catalog (<see cref="GroqModelCatalog"/>) before sending it, and refuses with an
    /// <see cref="ArgumentException"/> naming the setting: a model Groq does not list (with the closest ids it does) or lists as
    /// inactive, <c>ChatOptions.MaxOutputTokens</c> above the model's largest completion, or a prompt certainly longer than the
    /// model's context window. The speech-to-text and text-to-speech clients and services check the model (listed and active).
    /// The catalog is fetched on the first request and then every <see cref="ModelCatalogLifetime"/>. Defaults to <see langword="false"/>.
    /// </summary>
    public bool CheckRequestsAgainstModelCatalog { get; set; }

    /// <summary>
    /// Gets or sets the limiter that paces requests under the key's rate limits, or <see langword="null"/> (the default) for
    /// none. Share one instance among all the clients and services using the same key: it learns the key's budget from every
    /// answer and holds requests until the budget covers them (see <see cref="GroqRateLimiter"/>). The caller owns and disposes it.
    /// </summary>
    public GroqRateLimiter? RateLimiter { get; set; }

    /// <summary>
    /// Gets or sets how the speech-to-text clients and services split audio over Groq's upload limit (and where ffmpeg is),
    /// or <see langword="null"/> (the default) for <see cref="GroqAudioChunkingOptions.Default"/>. A client's or service's own
    /// <c>Chunking</c>, when set, wins.
    /// </summary>
    public GroqAudioChunkingOptions? AudioChunking { get; set; }

    /// <summary>
    /// Gets or sets the thresholds behind each transcript segment's quality flags in the speech-to-text clients and services,
    /// or <see langword="null"/> (the default) for <see cref="GroqTranscriptionQualityThresholds.Default"/>. A client's or
    /// service's own <c>QualityThresholds</c>, when set, wins.
    /// </summary>
    public GroqTranscriptionQualityThresholds? TranscriptionQualityThresholds { get; set; }

    /// <summary>Returns a copy of these options (sharing the same <see cref="RateLimiter"/>).</summary>
    /// <returns>A new instance with the same values.</returns>
    public GroqClientOptions Clone() => (GroqClientOptions)MemberwiseClone();

    /// <summary>
    /// The options the key-and-endpoint constructors of the clients and services stand for. Without an endpoint, the
    /// <see cref="HttpClient.BaseAddress"/> of the caller's client is the endpoint when it has one, as in SK's connectors,
    /// else the default (<c>GROQ_BASE_URL</c>, else <see cref="DefaultEndpoint"/>).
    /// </summary>
    internal static GroqClientOptions ForKey(string apiKey, Uri? endpoint, HttpClient? httpClient)
    {
        Core.ApiKeyRules.Require(apiKey, nameof(apiKey));
        var options = new GroqClientOptions { ApiKey = apiKey };
        if ((endpoint ?? httpClient?.BaseAddress) is { } explicitEndpoint)
        {
            options.Endpoint = explicitEndpoint;
        }

        return options;
    }
}
