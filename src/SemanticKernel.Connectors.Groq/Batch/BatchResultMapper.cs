using System.Buffers;
using System.Net;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>
/// One line of a batch's output or error file to a <see cref="GroqBatchResult"/> (pure): a completion is mapped as
/// <see cref="GroqChatClient"/> maps one, an error body as the pipeline maps an error answer, and a request that never
/// ran to a <see cref="GroqException"/> with Groq's code (<c>batch_expired</c>, <c>batch_cancelled</c>).
/// </summary>
internal static class BatchResultMapper
{
    /// <param name="line">The line, without its newline.</param>
    /// <param name="where">The file and line number, for messages.</param>
    /// <param name="redactor">Removes the API key from anything quoted.</param>
    /// <exception cref="GroqException">The line is not a batch result (no JSON, or no custom id): nothing can be attributed.</exception>
    public static GroqBatchResult ToResult(ReadOnlySequence<byte> line, string where, SecretRedactor redactor)
    {
        WireBatchOutputLine parsed;
        try
        {
            var reader = new Utf8JsonReader(line);
            parsed = JsonSerializer.Deserialize(ref reader, GroqJsonContext.Default.WireBatchOutputLine)
                ?? throw new JsonException("The line was 'null'.");
        }
        catch (JsonException ex)
        {
            throw GroqErrors.MalformedResponse($"batch result ({where})", null, ex, redactor);
        }

        if (string.IsNullOrEmpty(parsed.CustomId))
        {
            throw new GroqException($"Groq sent a batch result without a custom id ({where}); it cannot be matched to a request.");
        }

        return new GroqBatchResult(parsed.CustomId, null, null) switch
        {
            var result when parsed.Error is { } error => result with { Error = NotRun(parsed.CustomId, error, redactor) },
            var result when parsed.Response is not { } response => result with
            {
                Error = new GroqException($"Groq's batch result for '{parsed.CustomId}' has neither a response nor an error ({where})."),
            },
            var result => FromResponse(result, parsed.Response, where, redactor),
        };
    }

    private static GroqBatchResult FromResponse(GroqBatchResult result, WireBatchLineResponse response, string where, SecretRedactor redactor)
    {
        string? requestId = redactor.Redact(response.RequestId);
        int status = response.StatusCode ?? 0;
        string body = response.Body is { } element ? element.GetRawText() : string.Empty;
        if (status is < 200 or > 299)
        {
            return result with { Error = GroqErrors.FromResponse((HttpStatusCode)status, body, requestId, null, null, redactor) };
        }

        try
        {
            var completion = response.Body is { ValueKind: JsonValueKind.Object } json
                ? json.Deserialize(GroqJsonContext.Default.WireChatCompletion)!
                : throw new JsonException("The response body is not a JSON object.");
            return completion.Choices is { Count: > 0 }
                ? result with { Response = ChatResponseMapper.ToChatResponse(completion, null) }
                : result with { Error = GroqErrors.NoChoices(requestId) };
        }
        catch (JsonException ex)
        {
            return result with { Error = GroqErrors.MalformedResponse($"chat completion in a batch result ({where})", requestId, ex, redactor) };
        }
    }

    private static GroqException NotRun(string customId, WireBatchLineError error, SecretRedactor redactor)
    {
        string? code = redactor.Redact(error.Code);
        string detail = redactor.Redact(error.Message) ?? "no message";
        return new GroqException($"Batch request '{customId}' was not run ({code ?? "no code"}): {detail}") { ErrorCode = code };
    }
}
