namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>A successful answer from Groq with its headers read.</summary>
internal sealed class GroqHttpResponse(HttpResponseMessage message) : IDisposable
{
    public HttpResponseMessage Message { get; } = message;

    public string? RequestId { get; } = GroqResponseHeaders.RequestId(message.Headers);

    public GroqRateLimits? RateLimits { get; } = GroqResponseHeaders.RateLimits(message.Headers);

    public void Dispose() => Message.Dispose();
}
