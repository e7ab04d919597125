using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Checks that an API key can be sent in the <c>Authorization</c> header (pure).</summary>
internal static class ApiKeyRules
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> for a key holding a character outside printable ASCII (non-ASCII, control
    /// characters, line breaks): it could never be sent, and HttpClient would fail every attempt as if the network had.
    /// The message gives the position and kind of the character, never the key or the character itself.
    /// </summary>
    public static void Validate(string apiKey)
    {
        for (int i = 0; i < apiKey.Length; i++)
        {
            char c = apiKey[i];
            if (c is < ' ' or > '~')
            {
                string kind = char.IsControl(c) ? "a control character" : "a non-ASCII character";
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"GroqClientOptions.ApiKey holds {kind} at position {i}, which cannot be sent in an HTTP header; check the key for stray characters."),
                    "options.ApiKey");
            }
        }
    }
}
