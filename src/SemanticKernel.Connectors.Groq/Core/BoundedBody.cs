using System.Buffers;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Reads a whole answer body into memory up to a limit, so no server can make the client hold more than a small
/// multiple of it, and puts it back on the response as buffered content.
/// </summary>
internal static class BoundedBody
{
    private const int FirstRead = 16 * 1024;

    /// <summary>
    /// The largest buffer taken from the pool. A larger one is allocated at its exact size: the pool would round it up to
    /// the next power of two and keep it, and a hostile body near MaxResponseBytes must not cost a multiple of it.
    /// </summary>
    private const int MaxPooled = 1024 * 1024;

    /// <summary>
    /// Buffers the body of <paramref name="response"/>. Past <paramref name="limit"/> it throws what <paramref name="tooLarge"/>
    /// gives or, when that is <see langword="null"/>, keeps the first <paramref name="limit"/> bytes and reads no further.
    /// </summary>
    public static async Task BufferAsync(HttpResponseMessage response, long limit, Func<GroqException>? tooLarge, CancellationToken cancellationToken)
    {
        long? declared = response.Content.Headers.ContentLength;
        if (declared > limit && tooLarge is not null)
        {
            throw tooLarge();
        }

        // Rented up to MaxPooled: the chat client hands the buffer back once it has parsed the answer
        // (BufferedBody.Release); any other reader leaves it to the garbage collector, as if it had been allocated.
        int capacity = (int)Math.Min(Math.Min(declared ?? FirstRead, limit) + 1, Array.MaxLength);
        byte[] buffer = Take(capacity);
        int count = 0;
        var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            while (true)
            {
                if (count == capacity)
                {
                    if (count > limit)
                    {
                        if (tooLarge is not null)
                        {
                            Return(buffer);
                            throw tooLarge();
                        }

                        count = (int)limit;
                        break;
                    }

                    capacity = (int)Math.Min(Math.Min((long)capacity * 2, limit + 1), Array.MaxLength);
                    byte[] larger = Take(capacity);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    Return(buffer);
                    buffer = larger;
                }

                int read = await source.ReadAsync(buffer.AsMemory(count, capacity - count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count += read;
            }
        }

        var content = new BufferedBody(buffer, count);
        // NonValidated: the headers as received, without an array (or a parse) per header.
        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            // The buffer is what was read: decoded, and perhaps cut short.
            if (name is "Content-Length" or "Content-Encoding")
            {
                continue;
            }

            foreach (string value in values)
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        response.Content.Dispose();
        response.Content = content;
    }

    /// <summary>Hands a buffer of <see cref="BufferAsync"/> back to the pool, if it came from there.</summary>
    public static void Return(byte[] buffer)
    {
        // Only pooled buffers are this small: a larger size is allocated exactly, never rented.
        if (buffer.Length <= MaxPooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Take(int capacity) =>
        capacity <= MaxPooled ? ArrayPool<byte>.Shared.Rent(capacity) : GC.AllocateUninitializedArray<byte>(capacity);
}
