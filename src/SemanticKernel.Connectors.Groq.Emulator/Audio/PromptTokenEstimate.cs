namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// The emulator's stand-in for Whisper's tokenizer when checking the 224-token <c>prompt</c> limit: the number of
/// whitespace-separated words plus the number of punctuation characters (<see cref="char.IsPunctuation(char)"/>).
/// So <c>"Hello, world."</c> counts 2 + 2 = 4 tokens.
/// </summary>
internal static class PromptTokenEstimate
{
    public const int MaxTokens = 224;

    public static int Count(string prompt)
    {
        var count = 0;
        var inWord = false;
        foreach (var character in prompt)
        {
            if (char.IsWhiteSpace(character))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                count++;
                inWord = true;
            }

            if (char.IsPunctuation(character))
            {
                count++;
            }
        }

        return count;
    }
}
