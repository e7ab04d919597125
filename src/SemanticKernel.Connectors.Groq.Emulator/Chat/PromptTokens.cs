using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// The emulator's stand-in for a chat model's tokenizer when checking the context window: the larger of one token per four
/// characters of text and one token per whitespace-separated word (a BPE tokenizer never joins two words into one token),
/// over the text of every message (content, text parts, tool-call names and arguments; not images).
/// </summary>
internal static class PromptTokens
{
    public static long Estimate(JsonElement messages)
    {
        long characters = 0;
        long words = 0;
        foreach (var message in messages.EnumerateArray())
        {
            if (message.TryGetProperty("content", out var content))
            {
                if (content.ValueKind == JsonValueKind.String)
                {
                    Add(content.GetString()!, ref characters, ref words);
                }
                else if (content.ValueKind == JsonValueKind.Array)
                {
                    foreach (var part in content.EnumerateArray())
                    {
                        if (part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                        {
                            Add(text.GetString()!, ref characters, ref words);
                        }
                    }
                }
            }

            if (message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in calls.EnumerateArray())
                {
                    var function = call.GetProperty("function");
                    Add(function.GetProperty("name").GetString()!, ref characters, ref words);
                    Add(function.GetProperty("arguments").GetString()!, ref characters, ref words);
                }
            }
        }

        return Math.Max((characters + 3) / 4, words);
    }

    private static void Add(string text, ref long characters, ref long words)
    {
        characters += text.Length;
        var inWord = false;
        foreach (var character in text)
        {
            var space = char.IsWhiteSpace(character);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }
    }
}
