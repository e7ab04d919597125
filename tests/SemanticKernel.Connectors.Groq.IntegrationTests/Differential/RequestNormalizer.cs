using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// Undoes Groq's documented differences from the body SK's OpenAI connector sends (/work/shared/groq-api.md), and
/// nothing else: every other difference between the two request bodies is a difference in behaviour. Both sides' bodies
/// go through the same rules.
/// </summary>
internal static class RequestNormalizer
{
    private const double GroqZeroTemperature = 1e-8;

    private static readonly string[] FieldsGroqRejects = ["logprobs", "top_logprobs", "logit_bias", "n", "store", "metadata"];

    private static readonly (string Name, Action<JsonObject> Apply)[] Rules =
    [
        // The OpenAI SDK asks for usage on streams; Groq reports usage on the last chunk unasked.
        ("stream_options is not needed", root => root.Remove("stream_options")),

        // max_tokens is Groq's deprecated alias of max_completion_tokens.
        ("max_tokens is max_completion_tokens", RenameMaxTokens),

        // Groq turns temperature 0 into 1e-8 itself and asks clients for a value above 0.
        ("temperature 0 is sent as 1e-8", ZeroTemperature),

        // Groq rejects messages[].name.
        ("message name is never sent", root => EachMessage(root, message => message.Remove("name"))),

        // Groq's roles are system, user, assistant and tool.
        ("developer role is sent as system", root => EachMessage(root, DeveloperAsSystem)),

        // The OpenAI connector sends "" beside tool_calls; Groq accepts content absent or null there.
        ("assistant content beside tool_calls may be absent", root => EachMessage(root, DropEmptyContentBesideToolCalls)),

        // Documented as a 400 (or as unsupported by every model) on Groq.
        ("fields Groq rejects are never sent", root => Array.ForEach(FieldsGroqRejects, field => root.Remove(field))),
    ];

    /// <summary>The names of the rules, for failure messages.</summary>
    public static IEnumerable<string> RuleNames => Rules.Select(rule => rule.Name);

    public static JsonNode? Normalize(JsonElement? body)
    {
        if (body is not { } element)
        {
            return null;
        }

        var node = JsonNode.Parse(element.GetRawText());
        if (node is JsonObject root)
        {
            foreach (var (_, apply) in Rules)
            {
                apply(root);
            }
        }

        return node;
    }

    private static void RenameMaxTokens(JsonObject root)
    {
        if (root.TryGetPropertyValue("max_tokens", out var value) && !root.ContainsKey("max_completion_tokens"))
        {
            root.Remove("max_tokens");
            root["max_completion_tokens"] = value;
        }
    }

    private static void ZeroTemperature(JsonObject root)
    {
        if (root["temperature"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && Math.Abs(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) - GroqZeroTemperature) < 1e-12)
        {
            root["temperature"] = 0.0;
        }
    }

    private static void DeveloperAsSystem(JsonObject message)
    {
        if (message["role"]?.GetValueKind() == JsonValueKind.String && message["role"]!.GetValue<string>() == "developer")
        {
            message["role"] = "system";
        }
    }

    private static void DropEmptyContentBesideToolCalls(JsonObject message)
    {
        if (message["tool_calls"] is JsonArray { Count: > 0 } && message.TryGetPropertyValue("content", out var content)
            && (content is null || (content.GetValueKind() == JsonValueKind.String && content.GetValue<string>().Length == 0)))
        {
            message.Remove("content");
        }
    }

    private static void EachMessage(JsonObject root, Action<JsonObject> apply)
    {
        if (root["messages"] is JsonArray messages)
        {
            foreach (var message in messages.OfType<JsonObject>())
            {
                apply(message);
            }
        }
    }
}
