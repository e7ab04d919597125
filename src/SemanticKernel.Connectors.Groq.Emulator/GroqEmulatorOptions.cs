using System.Net;

namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>Settings of a <see cref="GroqEmulator"/>.</summary>
public sealed class GroqEmulatorOptions
{
    /// <summary>The API key the emulator accepts as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public string ApiKey { get; set; } = "gsk_emulator_0000000000000000";

    /// <summary>
    /// The TCP port to listen on, from 1 to 65535, or 0 (the default) for a free port chosen by the system (read it from
    /// <see cref="GroqEmulator.Endpoint"/>). A fixed port that is in use fails <see cref="GroqEmulator.StartAsync"/>.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// The address to listen on: <see cref="IPAddress.Loopback"/> (127.0.0.1, the default), <see cref="IPAddress.IPv6Loopback"/>,
    /// or <see cref="IPAddress.Any"/> to be reachable from other machines, which the emulator does not guard beyond its API key.
    /// </summary>
    public IPAddress ListenAddress { get; set; } = IPAddress.Loopback;

    /// <summary>Whether requests without the right API key are rejected with 401 <c>invalid_api_key</c>.</summary>
    public bool RequireApiKey { get; set; } = true;

    /// <summary>The model ids the emulator knows; preloaded with Groq's current models. Tests may add more.</summary>
    public IList<string> Models { get; } =
    [
        "llama-3.3-70b-versatile",
        "llama-3.1-8b-instant",
        "openai/gpt-oss-120b",
        "openai/gpt-oss-20b",
        "qwen/qwen3-32b",
        "meta-llama/llama-4-scout-17b-16e-instruct",
        "meta-llama/llama-4-maverick-17b-128e-instruct",
        "groq/compound",
        "groq/compound-mini",
        "whisper-large-v3",
        "whisper-large-v3-turbo",
        "canopylabs/orpheus-v1-english",
        "canopylabs/orpheus-arabic-saudi",
    ];

    /// <summary>
    /// Known model ids (in <see cref="Models"/>) that <c>/models</c> reports with <c>"active": false</c>; a chat, transcription,
    /// translation or speech request to one is answered as Groq answers a decommissioned model, 400 <c>model_decommissioned</c>.
    /// </summary>
    public IList<string> InactiveModels { get; } = [];

    /// <summary>The requests-per-day limit reported in the <c>x-ratelimit-*-requests</c> headers.</summary>
    public int RateLimitRequestsPerDay { get; set; } = 14400;

    /// <summary>The tokens-per-minute limit reported in the <c>x-ratelimit-*-tokens</c> headers.</summary>
    public int RateLimitTokensPerMinute { get; set; } = 6000;

    /// <summary>
    /// The requests-per-minute limit, or null for none. Groq enforces one per model and tier but reports only the daily
    /// request limit in its headers, so this limit shows only in its 429 answers; it is enforced only with
    /// <see cref="EnforceRateLimits"/>.
    /// </summary>
    public int? RateLimitRequestsPerMinute { get; set; }

    /// <summary>
    /// Whether <c>/chat/completions</c> enforces the rate limits (off by default: the limits are then only reported). When on, a
    /// request costs one request and its prompt plus completion tokens (as its <c>usage</c> reports them); one the buckets
    /// (requests per minute and per day, tokens per minute, each refilling continuously) cannot cover is answered, as Groq
    /// does, with 429 <c>rate_limit_exceeded</c> (type <c>requests</c> or <c>tokens</c>) and a <c>retry-after</c> in whole
    /// seconds, or with 413 when it needs more tokens than a whole minute allows; a refused request costs nothing (but uses up
    /// the scripted response it drew, which sets its cost). Other paths only report the limits.
    /// </summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>
    /// The largest audio file <c>/audio/transcriptions</c> and <c>/audio/translations</c> accept, in bytes (Groq: 25 MB);
    /// a larger file is answered with 413 <c>request_too_large</c>.
    /// </summary>
    public long MaxAudioBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Faults injected into <c>/chat/completions</c> (429 and 5xx answers with Groq's bodies and headers), or null for none.</summary>
    public EmulatorFaults? Faults { get; set; }

    /// <summary>
    /// Whether requests are kept in <see cref="GroqEmulator.Requests"/> (the default). Each recorded request keeps its headers,
    /// body, body text and parsed JSON (about 1.4 KB for a short chat request, so some 15 MB for 10,000 requests, all kept until
    /// <see cref="GroqEmulator.ClearRequests"/>), so a run of many thousands of requests, such as a load test that watches the
    /// heap, sets this to false; <see cref="GroqEmulator.RequestCount"/> still counts every request.
    /// </summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>
    /// How long each step of a batch takes on the emulator's compressed clock (default 200 ms): <c>validating</c>, each
    /// slice of <see cref="BatchLinesPerStep"/> lines answered while <c>in_progress</c>, <c>finalizing</c>, and
    /// <c>cancelling</c>. Groq takes up to the batch's completion window; tests need milliseconds.
    /// </summary>
    public TimeSpan BatchStepDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long after its creation a batch still <c>in_progress</c> becomes <c>expired</c> (its unanswered lines go to the
    /// error file as <c>batch_expired</c>), or null (the default) for never: the completion window (24 hours or more) is
    /// then reported in <c>expires_at</c> but never reached within a test.
    /// </summary>
    public TimeSpan? BatchExpiresAfter { get; set; }

    /// <summary>
    /// How many lines of a batch are answered per <see cref="BatchStepDelay"/> while it is <c>in_progress</c> (default 100),
    /// so polling sees <c>request_counts</c> grow and <see cref="BatchExpiresAfter"/> can cut a batch partway.
    /// </summary>
    public int BatchLinesPerStep { get; set; } = 100;

    /// <summary>
    /// Called for every SSE data event of <c>/chat/completions</c> streams just before it is written, or null (the default) for no
    /// call and no cost. Meant for end-to-end latency measurements: compare <see cref="EmulatorChunkWritten.Timestamp"/> with the
    /// time the caller receives the matching update, in the same process. It runs on the request's thread, once per event in
    /// stream order, concurrently for concurrent streams; it must be quick and must not throw (a throw aborts the stream).
    /// </summary>
    public Action<EmulatorChunkWritten>? ChunkWritten { get; set; }
}
