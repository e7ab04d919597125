namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Removes the API key from any text that leaves the connector (messages, response bodies).</summary>
internal sealed class SecretRedactor(string secret)
{
    private const string Mask = "[REDACTED]";

    public string Redact(string text) =>
        secret.Length > 0 && text.Contains(secret, StringComparison.Ordinal) ? text.Replace(secret, Mask, StringComparison.Ordinal) : text;
}
