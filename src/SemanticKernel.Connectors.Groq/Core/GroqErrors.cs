using System.Net;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Turns Groq's error answers, in bodies and in streams, into <see cref="GroqException"/> (pure).</summary>
internal static class GroqErrors
{
    private const int MaxRawBodyInMessage = 512;

    /// <summary>The most characters of the server's message an exception message quotes (GroqClientOptions.MaxErrorBodyBytes docs).</summary>
    internal const int MaxQuotedMessage = 4096;

    public static GroqException FromResponse(
        HttpStatusCode status, string body, string? requestId, GroqRateLimits? rateLimits, TimeSpan? retryAfter, SecretRedactor redactor)
    {
        body = redactor.RedactJson(body);
        WireError? error = Redacted(TryParseEnvelope(body), redactor);
        string detail = error?.Message is { } m ? Quote(m, MaxQuotedMessage) : Quote(body, MaxRawBodyInMessage);
        string code = error?.Code is { } c ? $" ({c})" : string.Empty;
        string message = $"Groq returned {(int)status} {status}{code}: {detail}";
        return new GroqException(status, body, message)
        {
            ErrorCode = error?.Code,
            ErrorType = error?.Type,
            Param = error?.Param,
            FailedGeneration = error?.FailedGeneration,
            RequestId = requestId,
            RetryAfter = retryAfter,
            RateLimits = rateLimits,
        };
    }

    /// <summary>An error delivered inside a stream: <c>event: error</c>, an <c>error</c> chunk, or <c>x_groq.error</c>.</summary>
    public static GroqException FromStreamError(JsonElement error, string? requestId, GroqRateLimits? rateLimits, SecretRedactor redactor)
    {
        string raw = error.ValueKind == JsonValueKind.String ? redactor.Redact(error.GetString()!) : redactor.RedactJson(error.GetRawText());
        WireError? parsed = Redacted(ParseStreamError(error), redactor);
        string code = parsed?.Code is { } c ? $" ({c})" : string.Empty;
        string detail = Quote(parsed?.Message ?? raw, MaxQuotedMessage);
        return new GroqException(null, raw, $"Groq stream failed{code}: {detail}")
        {
            ErrorCode = parsed?.Code,
            ErrorType = parsed?.Type,
            Param = parsed?.Param,
            FailedGeneration = parsed?.FailedGeneration,
            RequestId = redactor.Redact(requestId),
            RateLimits = rateLimits,
        };
    }

    public static GroqException StreamEndedEarly(string? requestId, GroqRateLimits? rateLimits) =>
        new("Groq stream ended before [DONE]: the response is incomplete.")
        {
            RequestId = requestId,
            RateLimits = rateLimits,
        };

    public static GroqException MalformedResponse(string what, string? requestId, Exception inner, SecretRedactor redactor)
    {
        // A JSON path names the properties the server sent, and a reader error quotes its text: either may hold the key.
        Exception cause = redactor.Redact(inner);
        return new($"Groq sent a malformed {what}: {cause.Message}", cause) { RequestId = requestId };
    }

    public static GroqException NoChoices(string? requestId) =>
        new("Groq answered without choices: the response holds no message.") { RequestId = requestId };

    public static GroqException StreamWithoutChoices(string? requestId, GroqRateLimits? rateLimits) =>
        new("Groq's stream ended with [DONE] without a single choice: the response holds no message.")
        {
            RequestId = requestId,
            RateLimits = rateLimits,
        };

    public static GroqException Undecodable(string what, string? requestId, Exception inner, SecretRedactor redactor)
    {
        Exception cause = redactor.Redact(inner);
        return new($"Groq's {what} could not be decompressed: {cause.Message}", cause) { RequestId = requestId };
    }

    private static WireError? ParseStreamError(JsonElement error)
    {
        try
        {
            return error.ValueKind switch
            {
                JsonValueKind.Object when error.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object =>
                    inner.Deserialize(GroqJsonContext.Default.WireError),
                JsonValueKind.Object when error.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.String =>
                    new WireError { Message = inner.GetString() },
                JsonValueKind.Object => error.Deserialize(GroqJsonContext.Default.WireError),
                JsonValueKind.String => new WireError { Message = error.GetString() },
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static WireError? Redacted(WireError? error, SecretRedactor redactor) => error is null ? null : new WireError
    {
        Message = redactor.Redact(error.Message),
        Type = redactor.Redact(error.Type),
        Code = redactor.Redact(error.Code),
        Param = redactor.Redact(error.Param),
        FailedGeneration = redactor.Redact(error.FailedGeneration),
    };

    private static string Quote(string text, int max) => text.Length > max ? text[..max] + "…" : text;

    private static WireError? TryParseEnvelope(string body)
    {
        if (body.Length == 0 || body[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, GroqJsonContext.Default.WireErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
