using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Removes the API key from any text that leaves the connector (messages, response bodies, headers). Strings taken from
/// JSON are redacted once decoded; <see cref="RedactJson"/> also catches a key hidden behind <c>\u</c> escapes.
/// </summary>
internal sealed class SecretRedactor(string secret)
{
    private const string Mask = "[REDACTED]";

    [return: NotNullIfNotNull(nameof(text))]
    public string? Redact(string? text) =>
        text is not null && secret.Length > 0 && text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, Mask, StringComparison.Ordinal) : text;

    /// <summary>
    /// The exception to attach as a cause: itself when nothing in it (messages of its whole chain) holds the key; else a
    /// stand-in of the same kind where possible with its message redacted, its chain dropped because a deeper message
    /// (a JSON path naming a property, a header line the server sent) held the key.
    /// </summary>
    public Exception Redact(Exception exception)
    {
        if (secret.Length == 0 || !exception.ToString().Contains(secret, StringComparison.Ordinal))
        {
            return exception;
        }

        string message = Redact(exception.Message) + " (inner details withheld: they held the API key)";
        return exception switch
        {
            JsonException => new JsonException(message),
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, message, null, http.StatusCode),
            InvalidDataException => new InvalidDataException(message),
            _ => new IOException(message),
        };
    }

    /// <summary>
    /// Redacts a body as text and, when it is JSON whose decoded strings still hold the key (escaped on the wire),
    /// returns it re-written with those strings redacted.
    /// </summary>
    public string RedactJson(string body) => JsonRedaction.Redact(Redact(body), this);
}
