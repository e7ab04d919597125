using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Compares the request bodies of the realistic paths as Groq reads them: member order and string escaping do not count,
/// and the few differences listed in <see cref="Equivalences"/> are rewritten to one form first. Anything else that
/// differs makes a path's body different, and its benchmark refuses to run.
/// </summary>
internal static class RequestBodyComparer
{
    /// <summary>Gets the differences that mean the same to Groq, each with why.</summary>
    public static IReadOnlyList<(string Name, string Reason)> Equivalences { get; } =
    [
        ("max_tokens", "`max_tokens` is Groq's deprecated alias of `max_completion_tokens` (SK's OpenAI connector sends it)"),
        ("stream_options.include_usage", "OpenAI-only switch the OpenAI SDK adds when streaming; Groq reports usage in the last chunk either way"),
        ("content parts", "a message `content` of only `{\"type\":\"text\"}` parts is the same text as a plain string for user and assistant messages"),
        ("arguments text", "tool call `arguments` is a JSON text; it is compared parsed, so whitespace and escaping do not count"),
        ("strict false", "a tool's `strict: false` is Groq's default (SK's connectors send it explicitly)"),
        ("additionalProperties false", "MEAI's OpenAI adapter adds `additionalProperties: false` to each tool's parameter schema; "
            + "the tools are not strict, so Groq does not enforce it, and the model still sees the same parameters (accepted so that client can be measured)"),
        ("content empty", "an assistant message with `tool_calls` and `content` null or \"\" (SK's OpenAI connector sends \"\") "
            + "carries no text, like one without `content`"),
    ];

    /// <summary>Throws unless <paramref name="body"/> means the same to Groq as <paramref name="floorBody"/>; returns the equivalences it needed.</summary>
    public static IReadOnlyList<string> RequireSame(string path, byte[] floorBody, byte[] body)
    {
        var floorRules = new List<string>();
        string floor = Normalize(floorBody, floorRules);
        if (floorRules.Count > 0)
        {
            throw new InvalidOperationException($"{path}: the floor's own body needed rewriting ({string.Join(", ", floorRules)}); fix the floor.");
        }

        var rules = new List<string>();
        string other = Normalize(body, rules);
        if (!string.Equals(floor, other, StringComparison.Ordinal))
        {
            int at = 0;
            while (at < Math.Min(floor.Length, other.Length) && floor[at] == other[at])
            {
                at++;
            }

            int from = Math.Max(0, at - 120);
            throw new InvalidOperationException(
                $"{path}: the request body differs from the floor's at char {at} of the normalized JSON.\n" +
                $"  floor: ...{floor[from..Math.Min(floor.Length, at + 200)]}\n" +
                $"  {path}: ...{other[from..Math.Min(other.Length, at + 200)]}\n" +
                $"  {path}'s body as sent: {Encoding.UTF8.GetString(body)}");
        }

        return rules;
    }

    /// <summary>
    /// Proves the comparison can fail: throws unless each of a few requests that Groq would answer differently (a message
    /// missing, other tool call arguments, a strict tool, another tool choice, a parameter no longer required) is refused.
    /// </summary>
    public static void RequireRefusesChanges(byte[] floorBody)
    {
        var changes = new (string Name, Action<JsonObject> Change)[]
        {
            ("last message dropped", root => root["messages"]!.AsArray().RemoveAt(root["messages"]!.AsArray().Count - 1)),
            ("tool call arguments", root => Calls(root)["arguments"] = Calls(root)["arguments"]!.GetValue<string>().Replace("Kyoto", "Osaka", StringComparison.Ordinal)),
            ("strict tool", root => Tool(root)["strict"] = true),
            ("tool choice", root => root["tool_choice"] = "required"),
            ("required parameters", root => Tool(root)["parameters"]!.AsObject().Remove("required")),
        };
        foreach (var (name, change) in changes)
        {
            var root = JsonNode.Parse(floorBody)!.AsObject();
            change(root);
            try
            {
                RequireSame(name, floorBody, Encoding.UTF8.GetBytes(root.ToJsonString()));
            }
            catch (InvalidOperationException)
            {
                continue;
            }

            throw new InvalidOperationException($"The request comparison accepted a body with a change Groq would see: {name}.");
        }

        static JsonObject Tool(JsonObject root) => root["tools"]![0]!["function"]!.AsObject();

        static JsonObject Calls(JsonObject root) =>
            root["messages"]!.AsArray().First(m => m?["tool_calls"] is not null)!["tool_calls"]![0]!["function"]!.AsObject();
    }

    /// <summary>The body with the <see cref="Equivalences"/> rewritten, members sorted and strings unescaped.</summary>
    public static string Normalize(byte[] body, List<string> applied)
    {
        var root = JsonNode.Parse(body)?.AsObject() ?? throw new InvalidOperationException("The request body is not a JSON object.");
        if (root.Remove("max_tokens", out var maxTokens))
        {
            root["max_completion_tokens"] = maxTokens;
            applied.Add("max_tokens");
        }

        if (root["stream_options"] is JsonObject streamOptions && streamOptions.Count == 1 && streamOptions["include_usage"]?.GetValue<bool>() == true)
        {
            root.Remove("stream_options");
            applied.Add("stream_options.include_usage");
        }

        foreach (var tool in root["tools"]?.AsArray() ?? [])
        {
            if (tool?["function"] is JsonObject function && function["strict"] is JsonValue strict && !strict.GetValue<bool>())
            {
                function.Remove("strict");
                Add(applied, "strict false");
            }

            if (tool?["function"]?["parameters"] is JsonObject parameters
                && parameters["additionalProperties"] is JsonValue additional && additional.GetValueKind() == JsonValueKind.False)
            {
                parameters.Remove("additionalProperties");
                Add(applied, "additionalProperties false");
            }
        }

        foreach (var message in root["messages"]?.AsArray() ?? [])
        {
            NormalizeMessage(message!.AsObject(), applied);
        }

        return WriteSorted(root);
    }

    private static void NormalizeMessage(JsonObject message, List<string> applied)
    {
        string? role = message["role"]?.GetValue<string>();
        if (role is "user" or "assistant" && message["content"] is JsonArray parts && parts.All(p => p?["type"]?.GetValue<string>() == "text"))
        {
            message["content"] = string.Concat(parts.Select(p => p!["text"]!.GetValue<string>()));
            Add(applied, "content parts");
        }

        if (message["tool_calls"] is JsonArray calls)
        {
            if (message.TryGetPropertyValue("content", out var content)
                && (content is null || (content is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Length == 0)))
            {
                message.Remove("content");
                Add(applied, "content empty");
            }

            foreach (var call in calls)
            {
                if (call?["function"] is JsonObject function && function["arguments"] is JsonValue arguments)
                {
                    string raw = arguments.GetValue<string>();
                    string canonical = WriteSorted(JsonNode.Parse(raw));
                    if (!string.Equals(raw, canonical, StringComparison.Ordinal))
                    {
                        Add(applied, "arguments text");
                    }

                    function["arguments"] = canonical;
                }
            }
        }
    }

    private static void Add(List<string> applied, string rule)
    {
        if (!applied.Contains(rule))
        {
            applied.Add(rule);
        }
    }

    private static string WriteSorted(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteSorted(node, writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteSorted(JsonNode? node, Utf8JsonWriter writer)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteSorted(value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                using (var doc = JsonDocument.Parse(node.ToJsonString()))
                {
                    WriteValue(doc.RootElement, writer);
                }

                break;
        }
    }

    private static void WriteValue(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                // 0.5 written as a float32 or a double is the same number.
                writer.WriteNumberValue(element.GetDouble());
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
