using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// A number of tokens a prompt certainly holds at least (pure), so a check against a context window never refuses a prompt
/// Groq would accept: one token per word, a word being a run of characters between ASCII spaces, tabs and line breaks.
/// The tokenizers of Groq's chat models (Llama, GPT-OSS, Qwen) split text into words before encoding and never join two
/// words into one token, so each word costs at least one; ordinary English costs about 1.3 tokens a word. Counted over
/// message text, text parts, and tool-call names and arguments; images, reasoning handed back, tool definitions and the
/// chat template's own tokens are left out, which only makes the floor lower.
/// </summary>
internal static class PromptTokenFloor
{
    /// <summary>Whether the floor is above <paramref name="limit"/>; words are counted only when there are more characters than that.</summary>
    public static bool Exceeds(List<WireMessage> messages, int limit, out long floor)
    {
        floor = 0;
        long characters = 0;
        foreach (var message in messages)
        {
            Visit(message, static (text, total) => total + text.Length, ref characters);
        }

        if (characters <= limit)
        {
            return false;
        }

        foreach (var message in messages)
        {
            Visit(message, static (text, total) => total + Words(text), ref floor);
        }

        return floor > limit;
    }

    public static long Words(ReadOnlySpan<char> text)
    {
        long words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool separator = c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
            if (!separator && !inWord)
            {
                words++;
            }

            inWord = !separator;
        }

        return words;
    }

    private static void Visit(WireMessage message, Func<string, long, long> add, ref long total)
    {
        if (message.Content?.Text is { } text)
        {
            total = add(text, total);
        }

        if (message.Content?.Parts is { } parts)
        {
            foreach (var part in parts)
            {
                if (part.Text is { } partText)
                {
                    total = add(partText, total);
                }
            }
        }

        if (message.ToolCalls is { } calls)
        {
            foreach (var call in calls)
            {
                total = add(call.Function?.Name ?? string.Empty, total);
                total = add(call.Function?.Arguments ?? string.Empty, total);
            }
        }
    }
}
