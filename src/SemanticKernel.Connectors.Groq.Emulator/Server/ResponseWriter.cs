using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Starts responses with Groq's common headers and writes bodies.</summary>
internal static class ResponseWriter
{
    public static ExchangeContext Exchange(this HttpContext context) =>
        context.Features.GetRequiredFeature<ExchangeContext>();

    /// <summary>Sets status, content type, <c>x-request-id</c>, the rate-limit headers and the scripted headers.</summary>
    public static void Begin(HttpContext context, int statusCode, string contentType, int tokens, IReadOnlyList<KeyValuePair<string, string>>? extraHeaders = null)
    {
        var exchange = context.Exchange();
        var limits = exchange.DecidedLimits ?? exchange.State.RateLimits.Consume(exchange.Authenticated ? 1 : 0, exchange.Authenticated ? tokens : 0);
        var headers = context.Response.Headers;
        headers["x-request-id"] = exchange.RequestId;
        headers["x-ratelimit-limit-requests"] = limits.RequestLimit.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-limit-tokens"] = limits.TokenLimit.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-remaining-requests"] = limits.RemainingRequests.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-remaining-tokens"] = limits.RemainingTokens.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-reset-requests"] = GoDuration.Format(limits.ResetRequests);
        headers["x-ratelimit-reset-tokens"] = GoDuration.Format(limits.ResetTokens);
        foreach (var (name, value) in extraHeaders ?? [])
        {
            headers[name] = value;
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        exchange.Recorded.StatusCode = statusCode;
    }

    public static async Task WriteAsync(HttpContext context, int statusCode, string contentType, byte[] body, int tokens = 0, IReadOnlyList<KeyValuePair<string, string>>? extraHeaders = null)
    {
        Begin(context, statusCode, contentType, tokens, extraHeaders);
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext context, GroqError error, IReadOnlyList<KeyValuePair<string, string>>? extraHeaders = null) =>
        WriteAsync(context, error.StatusCode, "application/json", error.ToJson(), 0, extraHeaders);
}
