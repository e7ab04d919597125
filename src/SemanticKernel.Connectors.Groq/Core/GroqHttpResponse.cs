using Microsoft.Extensions.Logging;

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

    public void Dispose() => Message.Dispose();
}
