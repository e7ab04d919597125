using System.Diagnostics;
using System.Net.Http.Headers;
using SemanticKernel.Connectors.Groq.Core.Pacing;
using SemanticKernel.Connectors.Groq.Core.Telemetry;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>One <see cref="GroqHttpPipeline"/> request across its attempts: what to send, and what the attempts learned on the way.</summary>
internal sealed class AttemptState(GroqHttpPipeline pipeline, HttpMethod method, string path, Func<HttpContent?> contentFactory, bool streaming)
{
    public GroqHttpPipeline Pipeline { get; } = pipeline;
    public HttpMethod Method { get; } = method;
    public string Path { get; } = path;
    public Func<HttpContent?> ContentFactory { get; } = contentFactory;
    public bool Streaming { get; } = streaming;
    public int Attempt { get; set; }
    public MediaTypeWithQualityHeaderValue? Accept { get; init; }

    public int EstimatedTokens { get; init; }

    /// <summary>The caller's token (an attempt's own is also cancelled by its timeout).</summary>
    public CancellationToken CallerToken { get; init; }

    /// <summary>The model the request names, for telemetry; <see langword="null"/> when it names none.</summary>
    public string? Model { get; init; }

    /// <summary>The <c>gen_ai.operation.name</c> of the request (named when asked: only telemetry asks).</summary>
    public string Operation => OperationNames.Of(Path);

    /// <summary>The current attempt's turn from the rate limiter, until its answer settles it.</summary>
    public GroqRateLease? Lease { get; set; }

    /// <summary>Why the next attempt is a retry (the failed attempt's <c>error.type</c>), and how long it waited for it.</summary>
    public string? RetryReason { get; set; }

    public TimeSpan RetryDelay { get; set; }

    /// <summary>How long the next attempt waited for its turn in the rate limiter (zero when it did not wait).</summary>
    public TimeSpan RateLimitWait { get; set; }

    /// <summary>The span of the attempt that was answered successfully, until the response takes it.</summary>
    public Activity? Span { get; set; }

    /// <summary>When a streaming attempt was sent (<see cref="Stopwatch"/> ticks), while anyone measures the time to its first token; else 0.</summary>
    public long SentAt { get; set; }

    /// <summary>Hands the open span over to the response (which ends it when disposed).</summary>
    public Activity? TakeSpan()
    {
        var span = Span;
        Span = null;
        return span;
    }
}
