namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Reads a whole answer body into memory up to a limit, so no server can make the client hold more than a small
/// multiple of it, and puts it back on the response as buffered content.
/// </summary>
internal static class BoundedBody
{
    private const int FirstRead = 16 * 1024;

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

        byte[] buffer = new byte[(int)Math.Min(Math.Min(declared ?? FirstRead, limit) + 1, Array.MaxLength)];
        int count = 0;
        var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (count > limit)
                    {
                        if (tooLarge is not null)
                        {
                            throw tooLarge();
                        }

                        count = (int)limit;
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, limit + 1), Array.MaxLength));
                }

                int read = await source.ReadAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count += read;
            }
        }

        var content = new ByteArrayContent(buffer, 0, count);
        foreach (var (name, values) in response.Content.Headers)
        {
            // The buffer is what was read: decoded, and perhaps cut short.
            if (name is not ("Content-Length" or "Content-Encoding"))
            {
                content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        response.Content.Dispose();
        response.Content = content;
    }
}
