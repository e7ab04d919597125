using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>Checks that an API key can be sent in the <c>Authorization</c> header (pure).</summary>
internal static class ApiKeyRules
{
    /// <summary>The one message for a missing or blank key, whichever way the key was to be given.</summary>
    public const string MissingKeyMessage =
        "No Groq API key: pass one (the apiKey argument, GroqClientOptions.ApiKey or the Groq:ApiKey configuration key) " +
        "or, leaving GroqClientOptions.ApiKey unset, set the " + GroqClientOptions.ApiKeyEnvironmentVariable + " environment variable. " +
        "A key may not be empty or blank.";

    /// <summary>
    /// Throws <see cref="ArgumentNullException"/> (null) or <see cref="ArgumentException"/> (empty or blank) with
    /// <see cref="MissingKeyMessage"/> for <paramref name="paramName"/>.
    /// </summary>
    public static void Require([System.Diagnostics.CodeAnalysis.NotNull] string? apiKey, string paramName)
    {
        if (apiKey is null)
        {
            throw new ArgumentNullException(paramName, MissingKeyMessage);
        }

        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException(MissingKeyMessage, paramName);
        }
    }

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
