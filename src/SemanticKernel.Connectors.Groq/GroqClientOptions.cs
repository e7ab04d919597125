namespace SemanticKernel.Connectors.Groq;

/// <summary>Where and how the connector reaches Groq.</summary>
public sealed class GroqClientOptions
{
    /// <summary>Groq's OpenAI-compatible base address.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.groq.com/openai/v1");

    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "GROQ_API_KEY";

    /// <summary>Gets or sets the base address of the API. Defaults to <see cref="DefaultEndpoint"/>.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Gets or sets the API key. When <see langword="null"/>, <c>GROQ_API_KEY</c> is read.</summary>
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

    /// <summary>Returns a copy of these options.</summary>
    /// <returns>A new instance with the same values.</returns>
    public GroqClientOptions Clone() => (GroqClientOptions)MemberwiseClone();

    /// <summary>The options the key-and-endpoint constructors of the clients and services stand for.</summary>
    internal static GroqClientOptions ForKey(string apiKey, Uri? endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        return new GroqClientOptions { ApiKey = apiKey, Endpoint = endpoint ?? DefaultEndpoint };
    }
}
