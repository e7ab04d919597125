using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.Core.Telemetry;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>An answer from Groq with its headers read: the request id redacted, rate-limit values it cannot hold dropped and logged.</summary>
internal sealed class GroqHttpResponse : IDisposable
{
    public GroqHttpResponse(HttpResponseMessage message, SecretRedactor redactor, ILogger logger)
    {
        Message = message;
        RequestId = redactor.Redact(GroqResponseHeaders.RequestId(message.Headers));
        RateLimits = GroqResponseHeaders.RateLimits(message.Headers);
        if (GroqResponseHeaders.Unrepresentable(message.Headers) is { } dropped)
        {
            GroqLog.Unrepresentable(logger, dropped, RequestId);
        }
    }

    public HttpResponseMessage Message { get; }

    public string? RequestId { get; }

    public GroqRateLimits? RateLimits { get; }

    /// <summary>The span of the attempt that brought this answer, ended when the answer is disposed; <see langword="null"/> when nobody listens.</summary>
    public Activity? Span { get; init; }

    /// <summary>When the streaming request was sent (<see cref="Stopwatch"/> ticks), while anyone measures its first token; else 0.</summary>
    public long SentAt { get; init; }

    public void Dispose()
    {
        Message.Dispose();
        AttemptTelemetry.End(Span);
    }
}
