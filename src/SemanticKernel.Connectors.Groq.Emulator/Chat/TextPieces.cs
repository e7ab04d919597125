namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Splits text into stream pieces the way Groq's tokens look: each word with its leading whitespace.</summary>
internal static class TextPieces
{
    public static IReadOnlyList<string> Words(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }

        if (start < text.Length)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }

    /// <summary>Splits tool-call arguments in two (when long enough) so clients must accumulate them.</summary>
    public static IReadOnlyList<string> Halves(string text)
    {
        if (text.Length < 4)
        {
            return [text];
        }

        var middle = text.Length / 2;
        if (char.IsLowSurrogate(text[middle]))
        {
            middle++;
        }

        return [text[..middle], text[middle..]];
    }
}
