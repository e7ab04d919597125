using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Reads what the default responder needs from validated <c>messages</c>.</summary>
internal static class ConversationReader
{
    /// <summary>The text of the last user message (text parts joined with a space) and the URLs of its images.</summary>
    public static (string Text, IReadOnlyList<string> ImageUrls) LastUserText(JsonElement messages)
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
            return (string.Empty, []);
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return (content.GetString()!, []);
        }

        var texts = new List<string>();
        var images = new List<string>();
        foreach (var part in content.EnumerateArray())
        {
            if (part.GetProperty("type").GetString() == "text")
            {
                texts.Add(part.GetProperty("text").GetString()!);
            }
            else if (part.TryGetProperty("image_url", out var image))
            {
                images.Add(image.GetProperty("url").GetString()!);
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

    /// <summary>
    /// The trailing run of <c>tool</c> messages, each with the name of the function whose call it answers, or an empty list
    /// when the last message is not a tool result.
    /// </summary>
    public static IReadOnlyList<(string Name, string Content)> TrailingToolResults(JsonElement messages)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<(string, string)>();
        foreach (var message in messages.EnumerateArray())
        {
            var role = Role(message);
            if (role == "tool")
            {
                var id = message.GetProperty("tool_call_id").GetString()!;
                results.Add((names.GetValueOrDefault(id, "the tool"), message.GetProperty("content").GetString()!));
                continue;
            }

            results.Clear();
            if (role == "assistant" && message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in calls.EnumerateArray())
                {
                    names[call.GetProperty("id").GetString()!] = call.GetProperty("function").GetProperty("name").GetString()!;
                }
            }
        }

        return results;
    }

    /// <summary>The answer that quotes tool results: <c>According to get_weather: Sunny in Paris</c>, joined with "; ".</summary>
    public static string ToolResultsAnswer(IReadOnlyList<(string Name, string Content)> results) =>
        string.Join("; ", results.Select((result, index) => $"{(index == 0 ? "According" : "according")} to {result.Name}: {result.Content}"));

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
