using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// A JSON request body written into a buffer rented from <see cref="ArrayPool{T}.Shared"/> instead of a new array per
/// request. Every attempt's content (<see cref="CreateContent"/>) reads the same bytes; the buffer goes back to the pool,
/// cleared, only when the caller has disposed this and no content is still sending it (an HTTP/2 request body may still
/// be on its way when the answer's headers arrive).
/// </summary>
internal sealed class PooledRequestBody : IBufferWriter<byte>, IDisposable
{
    private const int MinimumSize = 1024;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly MediaTypeHeaderValue _contentType;
    private byte[]? _buffer;
    private int _length;
    private int _references = 1;
    private int _disposed;

    private PooledRequestBody(MediaTypeHeaderValue contentType, int sizeHint)
    {
        _contentType = contentType;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, MinimumSize));
    }

    /// <summary>Gets the body's length in bytes.</summary>
    public int Length => _length;

    /// <summary>Serializes <paramref name="value"/> as the source-generated serializer would into a new array, byte for byte.</summary>
    /// <param name="value">The request.</param>
    /// <param name="typeInfo">Its serialization metadata.</param>
    /// <param name="contentType">The content type of every attempt's content.</param>
    /// <param name="sizeHint">
    /// The size to rent first, such as the caller's previous body: a buffer much larger than the body is a miss of the pool's
    /// smaller buckets under many concurrent requests, a smaller one costs a copy per doubling.
    /// </param>
    public static PooledRequestBody Serialize<T>(T value, JsonTypeInfo<T> typeInfo, MediaTypeHeaderValue contentType, int sizeHint = 0)
    {
        var body = new PooledRequestBody(contentType, sizeHint);

        // The thread's writer is kept for the connector's own context; other options get a writer of their own.
        bool shared = ReferenceEquals(typeInfo.Options, GroqJsonContext.Default.Options);
        var writer = shared ? t_writer ??= new Utf8JsonWriter(body, WriterOptions(typeInfo.Options)) : new Utf8JsonWriter(body, WriterOptions(typeInfo.Options));
        writer.Reset(body);
        try
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
        catch
        {
            body.Dispose();
            throw;
        }
        finally
        {
            if (shared)
            {
                writer.Reset(Stream.Null);
            }
            else
            {
                writer.Dispose();
            }
        }

        return body;
    }

    /// <summary>A new content over the body, for one attempt; the pipeline disposes it with its request.</summary>
    public HttpContent CreateContent() => new PooledBodyContent(this, _contentType);

    /// <summary>The bytes, held until <see cref="Release"/>; <see langword="false"/> once the buffer is back in the pool.</summary>
    public bool TryAcquire(out ReadOnlyMemory<byte> bytes)
    {
        int references = Volatile.Read(ref _references);
        while (references > 0)
        {
            int seen = Interlocked.CompareExchange(ref _references, references + 1, references);
            if (seen == references)
            {
                bytes = _buffer.AsMemory(0, _length);
                return true;
            }

            references = seen;
        }

        bytes = default;
        return false;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0 && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            buffer.AsSpan(0, _length).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Gives up the caller's hold on the buffer; it returns to the pool once no content is sending it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Release();
        }
    }

    void IBufferWriter<byte>.Advance(int count) => _length += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint) => Ensure(sizeHint).AsMemory(_length);

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint) => Ensure(sizeHint).AsSpan(_length);

    private byte[] Ensure(int sizeHint)
    {
        byte[] buffer = _buffer!;
        int needed = _length + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length)
        {
            return buffer;
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, _length).CopyTo(larger);
        buffer.AsSpan(0, _length).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
        _buffer = larger;
        return larger;
    }

    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        SkipValidation = true,
    };
}
