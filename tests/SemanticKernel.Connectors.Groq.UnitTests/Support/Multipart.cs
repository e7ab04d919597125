using System.Text;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>Splits a captured multipart/form-data body into its parts, to assert the wire field by field.</summary>
internal static class Multipart
{
    public static List<Part> Parse(CapturedRequest request)
    {
        string contentType = request.Header("Content-Type") ?? throw new InvalidOperationException("No Content-Type.");
        string boundary = contentType[(contentType.IndexOf("boundary=", StringComparison.Ordinal) + 9)..].Trim('"');
        byte[] body = request.Body;
        byte[] delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<Part>();
        int position = IndexOf(body, delimiter, 0) + delimiter.Length;
        while (position < body.Length && !(body[position] == '-' && body[position + 1] == '-'))
        {
            position += 2; // CRLF after the delimiter
            int headersEnd = IndexOf(body, "\r\n\r\n"u8.ToArray(), position);
            string headers = Encoding.UTF8.GetString(body, position, headersEnd - position);
            int contentStart = headersEnd + 4;
            int next = IndexOf(body, delimiter, contentStart);
            parts.Add(new Part(headers, body[contentStart..(next - 2)]));
            position = next + delimiter.Length;
        }

        return parts;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int start) =>
        start + haystack.AsSpan(start).IndexOf(needle) is var found && found >= start ? found : throw new InvalidOperationException("Malformed multipart body.");

    /// <summary>One part: its raw headers and body.</summary>
    public sealed record Part(string Headers, byte[] Body)
    {
        public string? Name => Parameter("name");

        public string? FileName => Parameter("filename");

        public string? ContentType => Header("Content-Type");

        public string Text => Encoding.UTF8.GetString(Body);

        private string? Header(string name) =>
            Headers.Split("\r\n").FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();

        private string? Parameter(string name)
        {
            string? disposition = Header("Content-Disposition");
            if (disposition is null)
            {
                return null;
            }

            foreach (string piece in disposition.Split(';'))
            {
                string trimmed = piece.Trim();
                if (trimmed.StartsWith(name + "=", StringComparison.Ordinal))
                {
                    return trimmed[(name.Length + 1)..].Trim('"');
                }
            }

            return null;
        }
    }
}
