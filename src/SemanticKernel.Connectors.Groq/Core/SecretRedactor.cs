using System.Diagnostics.CodeAnalysis;

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
    /// Redacts a body as text and, when it is JSON whose decoded strings still hold the key (escaped on the wire),
    /// returns it re-written with those strings redacted.
    /// </summary>
    public string RedactJson(string body) => JsonRedaction.Redact(Redact(body), this);
}
