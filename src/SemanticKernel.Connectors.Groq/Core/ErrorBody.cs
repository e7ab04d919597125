namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Reads the body of an error answer, which may itself be broken; the status is what the caller needs.</summary>
internal static class ErrorBody
{
    /// <summary>The body as text, or a note saying why it could not be read (cut, or undecodable through a decompressing handler).</summary>
    public static async Task<string> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            return $"(the error body could not be read: {ex.Message})";
        }
    }
}
