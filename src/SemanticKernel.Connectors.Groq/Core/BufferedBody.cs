namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// A body <see cref="BoundedBody"/> read into a rented buffer, whose bytes can be parsed where they are instead of
/// through a stream, and whose buffer the one who parsed it can hand back.
/// </summary>
internal sealed class BufferedBody(byte[] buffer, int count) : ByteArrayContent(buffer, 0, count)
{
    private readonly int _count = count;
    private byte[]? _rented = buffer;

    /// <summary>The bytes of a body the pipeline buffered (every successful non-streaming answer), without a UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> Json(HttpResponseMessage response)
    {
        var body = response.Content as BufferedBody
            ?? throw new InvalidOperationException("The answer was not buffered by GroqHttpPipeline.");
        byte[] bytes = body._rented ?? throw new ObjectDisposedException(nameof(BufferedBody));
        var json = bytes.AsSpan(0, body._count);
        return json.StartsWith("\uFEFF"u8) ? json[3..] : json;
    }

    /// <summary>
    /// Returns the buffer to the pool, once: only when nothing read from this body (strings, elements) refers to it any
    /// longer and the response is about to be disposed. Until then the GC owns it, as if it had been allocated.
    /// </summary>
    public static void Release(HttpResponseMessage response)
    {
        if (response.Content is BufferedBody body && Interlocked.Exchange(ref body._rented, null) is { } rented)
        {
            BoundedBody.Return(rented);
        }
    }
}
