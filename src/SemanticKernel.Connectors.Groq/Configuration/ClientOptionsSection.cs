namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// The shape of the <c>Groq</c> configuration section: <see cref="GroqClientOptions"/>' values, each <see langword="null"/>
/// when the section does not give it, so the options keep their defaults. A type of its own because the options' other
/// members cannot be bound (<see cref="GroqClientOptions.RateLimiter"/> is a live object; the chunking options and quality
/// thresholds are init-only).
/// </summary>
internal sealed class ClientOptionsSection
{
    public Uri? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public int? MaxRetries { get; set; }

    public TimeSpan? Timeout { get; set; }

    public long? MaxResponseBytes { get; set; }

    public int? MaxErrorBodyBytes { get; set; }

    public int? MaxStreamEventBytes { get; set; }

    public int? MaxStreamCharacters { get; set; }

    public TimeSpan? ModelCatalogLifetime { get; set; }

    public bool? CheckRequestsAgainstModelCatalog { get; set; }

    public AudioChunkingSection? AudioChunking { get; set; }

    public QualityThresholdsSection? TranscriptionQualityThresholds { get; set; }

    /// <summary>Sets on <paramref name="options"/> every value the section gives.</summary>
    public void ApplyTo(GroqClientOptions options)
    {
        if (Endpoint is not null)
        {
            options.Endpoint = Endpoint;
        }

        // A blank key in a file (a template's "ApiKey": "") means "not given here": GROQ_API_KEY may still supply it.
        if (!string.IsNullOrWhiteSpace(ApiKey))
        {
            options.ApiKey = ApiKey;
        }

        options.MaxRetries = MaxRetries ?? options.MaxRetries;
        options.Timeout = Timeout ?? options.Timeout;
        options.MaxResponseBytes = MaxResponseBytes ?? options.MaxResponseBytes;
        options.MaxErrorBodyBytes = MaxErrorBodyBytes ?? options.MaxErrorBodyBytes;
        options.MaxStreamEventBytes = MaxStreamEventBytes ?? options.MaxStreamEventBytes;
        options.MaxStreamCharacters = MaxStreamCharacters ?? options.MaxStreamCharacters;
        options.ModelCatalogLifetime = ModelCatalogLifetime ?? options.ModelCatalogLifetime;
        options.CheckRequestsAgainstModelCatalog = CheckRequestsAgainstModelCatalog ?? options.CheckRequestsAgainstModelCatalog;
        if (AudioChunking is not null)
        {
            options.AudioChunking = AudioChunking.ApplyTo(options.AudioChunking ?? GroqAudioChunkingOptions.Default);
        }

        if (TranscriptionQualityThresholds is not null)
        {
            options.TranscriptionQualityThresholds = TranscriptionQualityThresholds.ApplyTo(
                options.TranscriptionQualityThresholds ?? GroqTranscriptionQualityThresholds.Default);
        }
    }
}
