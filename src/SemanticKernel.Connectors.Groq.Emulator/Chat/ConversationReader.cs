using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Reads what the default responder needs from validated <c>messages</c>.</summary>
internal static class ConversationReader
{
    /// <summary>The text of the last user message (text parts joined with a space) and its image count.</summary>
    public static (string Text, int Images) LastUserText(JsonElement messages)
    {
        JsonElement? last = null;
        foreach (var message in messages.EnumerateArray())
        {
            if (Role(message) == "user")
            {
                last = message;
            }
        }

        if (last is null || !last.Value.TryGetProperty("content", out var content))
        {
            return (string.Empty, 0);
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return (content.GetString()!, 0);
        }

        var texts = new List<string>();
        var images = 0;
        foreach (var part in content.EnumerateArray())
        {
            if (part.GetProperty("type").GetString() == "text")
            {
                texts.Add(part.GetProperty("text").GetString()!);
            }
            else
            {
                images++;
            }
        }

        return (string.Join(' ', texts), images);
    }

    /// <summary>Whether a <c>tool</c> message comes after the last <c>user</c> message.</summary>
    public static bool HasToolResultAfterLastUser(JsonElement messages)
    {
        var seen = false;
        foreach (var message in messages.EnumerateArray())
        {
            var role = Role(message);
            seen = role switch
            {
                "user" => false,
                "tool" => true,
                _ => seen,
            };
        }

        return seen;
    }

    /// <summary>The contents of the trailing run of <c>tool</c> messages, or an empty list when the last message is not a tool result.</summary>
    public static IReadOnlyList<string> TrailingToolResults(JsonElement messages)
    {
        var results = new List<string>();
        foreach (var message in messages.EnumerateArray())
        {
            if (Role(message) == "tool")
            {
                results.Add(message.GetProperty("content").GetString()!);
            }
            else
            {
                results.Clear();
            }
        }

        return results;
    }

    /// <summary>Joins texts for the tool-result answer.</summary>
    public static string ToolResultsAnswer(IReadOnlyList<string> results) =>
        "Tool results: " + string.Join("; ", results);

    /// <summary>The number of characters of text in all messages, for the token estimate.</summary>
    public static int PromptCharacters(JsonElement messages)
    {
        var count = 0;
        foreach (var message in messages.EnumerateArray())
        {
            count += Role(message).Length;
            if (message.TryGetProperty("content", out var content))
            {
                count += TextLength(content);
            }

            if (message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in calls.EnumerateArray())
                {
                    var function = call.GetProperty("function");
                    count += function.GetProperty("name").GetString()!.Length + function.GetProperty("arguments").GetString()!.Length;
                }
            }
        }

        return count;
    }

    private static int TextLength(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!.Length;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        var length = 0;
        foreach (var part in content.EnumerateArray())
        {
            length += part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()!.Length : 0;
        }

        return length;
    }

    private static string Role(JsonElement message) => message.GetProperty("role").GetString() ?? string.Empty;
}
