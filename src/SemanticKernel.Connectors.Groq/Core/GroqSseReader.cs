using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Reads Groq's SSE stream with System.Net.ServerSentEvents, parsing each event straight from its bytes.
/// Errors inside the stream, and a stream that ends before <c>[DONE]</c>, throw <see cref="GroqException"/>.
/// </summary>
internal static class GroqSseReader
{
    /// <summary>
    /// The stream's chunks. Every chunk is the same <see cref="StreamChunk"/> instance, overwritten by the next one: read
    /// what is needed before moving on.
    /// </summary>
    public static async IAsyncEnumerable<StreamChunk> ReadChunksAsync(
        Stream stream, GroqHttpResponse response, SecretRedactor redactor, int maxEventBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = new SseEndOfStream(stream, maxEventBytes);
        var chunks = new StreamChunkReader();
        var enumerator = SseParser.Create(body, (eventType, data) => ParseFrame(eventType, data, chunks))
            .EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                SseFrame frame;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        throw GroqErrors.StreamEndedEarly(response.RequestId, response.RateLimits);
                    }

                    frame = enumerator.Current.Data;
                }
                catch (JsonException) when (body.EndedMidLine)
                {
                    throw GroqErrors.StreamEndedEarly(response.RequestId, response.RateLimits);
                }
                catch (JsonException ex)
                {
                    throw GroqErrors.MalformedResponse("stream chunk", response.RequestId, ex, redactor);
                }
                catch (InvalidDataException ex)
                {
                    throw GroqErrors.Undecodable("stream", response.RequestId, ex, redactor);
                }
                catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    Exception cause = redactor.Redact(ex);
                    throw new GroqException($"Groq stream was interrupted: {cause.Message}", cause) { RequestId = response.RequestId };
                }

                if (frame.IsDone)
                {
                    yield break;
                }

                if (frame.Error is { } error)
                {
                    throw GroqErrors.FromStreamError(error, response.RequestId, response.RateLimits, redactor);
                }

                StreamChunk chunk = frame.Chunk!;
                if (chunk.Error is { } chunkError)
                {
                    throw GroqErrors.FromStreamError(chunkError, chunk.XGroq?.Id ?? response.RequestId, response.RateLimits, redactor);
                }

                if (chunk.XGroq?.Error is { ValueKind: not JsonValueKind.Null } groqError)
                {
                    throw GroqErrors.FromStreamError(groqError, chunk.XGroq.Id ?? response.RequestId, response.RateLimits, redactor);
                }

                yield return chunk;
            }
        }
    }

    private static SseFrame ParseFrame(string eventType, ReadOnlySpan<byte> data, StreamChunkReader chunks)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return new SseFrame(null, null, IsDone: true);
        }

        if (eventType == "error")
        {
            return new SseFrame(null, ErrorElement(data), IsDone: false);
        }

        return new SseFrame(chunks.Read(data), null, IsDone: false);
    }

    /// <summary>An <c>event: error</c>'s data as JSON, or, when it is plain text (or empty), as a JSON string holding that text.</summary>
    private static JsonElement ErrorElement(ReadOnlySpan<byte> data)
    {
        try
        {
            using var document = JsonDocument.Parse(data.ToArray());
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            string text = System.Text.Encoding.UTF8.GetString(data);
            return JsonSerializer.SerializeToElement(text.Length == 0 ? "(no details)" : text, GroqJsonContext.Default.String);
        }
    }
}
