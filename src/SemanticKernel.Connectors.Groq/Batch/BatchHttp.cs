using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SemanticKernel.Connectors.Groq.Core;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>The JSON calls the files and batches clients make through the pipeline.</summary>
internal static class BatchHttp
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    /// <summary>Sends a request whose answer is one JSON object, reads it and maps it with the answer's request id.</summary>
    public static async Task<TResult> SendAsync<T, TResult>(
        GroqHttpPipeline pipeline, HttpMethod method, string path, Func<HttpContent?> content, bool canRetry, JsonTypeInfo<T> answer, string what,
        Func<T, string?, TResult> map, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await pipeline.SendAsync(method, path, content, streaming: false, canRetry, cancellationToken).ConfigureAwait(false);
        T wire;
        try
        {
            var stream = await response.Message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                wire = await JsonSerializer.DeserializeAsync(stream, answer, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("The response body was 'null'.");
            }
        }
        catch (JsonException ex)
        {
            throw GroqErrors.MalformedResponse(what, response.RequestId, ex, pipeline.Redactor);
        }

        return map(wire, response.RequestId);
    }

    /// <summary>A JSON body, serialized once and sent as is by every attempt.</summary>
    public static Func<HttpContent?> Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        return () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonMediaType;
            return content;
        };
    }

    /// <summary>A path segment for an id the caller gave: checked, then escaped so it cannot reach another route.</summary>
    public static string Segment(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, paramName);
        return Uri.EscapeDataString(id);
    }
}
