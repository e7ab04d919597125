using System.Globalization;
using System.Text;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// The request path of one model (pure). The id is one path segment, encoded as Groq's official SDKs encode it: a slash (as
/// in <c>openai/gpt-oss-120b</c>) becomes <c>%2F</c>; letters, digits and <c>-._~!$&amp;'()*+,;=:@</c> stay as they are.
/// </summary>
internal static class ModelPath
{
    public static string Of(string id)
    {
        // "." and ".." would be read as dot segments and resolve to another path.
        if (id is "." or "..")
        {
            return "models/" + id.Replace(".", "%2E", StringComparison.Ordinal);
        }

        var path = new StringBuilder("models/", 7 + id.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@".Contains(c, StringComparison.Ordinal))
            {
                path.Append(c);
                continue;
            }

            int length = char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1])
                ? Encoding.UTF8.GetBytes(id.AsSpan(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(id.AsSpan(i, 1), utf8);
            foreach (var b in utf8[..length])
            {
                path.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return path.ToString();
    }
}
