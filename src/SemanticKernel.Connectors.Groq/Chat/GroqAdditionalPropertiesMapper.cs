using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Copies the Groq-only keys of <see cref="ChatOptions.AdditionalProperties"/> onto the request (pure).
/// Other keys are not sent: they may come from another provider's settings and Groq rejects unknown fields.
/// </summary>
internal static class GroqAdditionalPropertiesMapper
{
    private static readonly string[] ReasoningFormats = ["hidden", "raw", "parsed"];
    private static readonly string[] ReasoningEfforts = ["none", "default", "low", "medium", "high"];
    private static readonly string[] ServiceTiers = ["auto", "on_demand", "flex", "performance"];

    /// <summary>The one list of Groq-only keys: each with how its value goes onto the request.</summary>
    private static readonly FrozenDictionary<string, Action<WireChatRequest, string, object>> Setters =
        new Dictionary<string, Action<WireChatRequest, string, object>>
        {
            [GroqChatOptionKeys.ReasoningFormat] = static (r, k, v) => r.ReasoningFormat = OneOf(k, v, ReasoningFormats),
            [GroqChatOptionKeys.IncludeReasoning] = static (r, k, v) => r.IncludeReasoning = Bool(k, v),
            [GroqChatOptionKeys.ReasoningEffort] = static (r, k, v) => r.ReasoningEffort ??= OneOf(k, v, ReasoningEfforts),
            [GroqChatOptionKeys.ServiceTier] = static (r, k, v) => r.ServiceTier = OneOf(k, v, ServiceTiers),
            [GroqChatOptionKeys.User] = static (r, k, v) => r.User = Text(k, v),
            [GroqChatOptionKeys.DisableToolValidation] = static (r, k, v) => r.DisableToolValidation = Bool(k, v),
            [GroqChatOptionKeys.SearchSettings] = static (r, _, v) => r.SearchSettings = Json(v),
            [GroqChatOptionKeys.CompoundCustom] = static (r, _, v) => r.CompoundCustom = Json(v),
            [GroqChatOptionKeys.Documents] = static (r, _, v) => r.Documents = Json(v),
            [GroqChatOptionKeys.CitationOptions] = static (r, _, v) => r.CitationOptions = Json(v),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Apply(WireChatRequest request, AdditionalPropertiesDictionary properties)
    {
        foreach (var (key, value) in properties)
        {
            if (value is not null && Setters.TryGetValue(key, out var set))
            {
                set(request, key, value);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="key"/> is a Groq key: a field that <see cref="Apply"/> sends, or
    /// <see cref="GroqChatOptionKeys.StrictJsonSchema"/>, which the request mapper puts on the schema and tools.
    /// </summary>
    public static bool IsGroqKey(string key) => Setters.ContainsKey(key) || key == GroqChatOptionKeys.StrictJsonSchema;

    private static string Text(string key, object value) =>
        SettingValue.TryGetText(value, out string? text)
            ? text
            : throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be a string.", "ChatOptions.AdditionalProperties");

    private static string OneOf(string key, object value, string[] allowed)
    {
        string text = Text(key, value);
        return Array.IndexOf(allowed, text) >= 0
            ? text
            : throw new ArgumentException(
                $"ChatOptions.AdditionalProperties[\"{key}\"] is '{text}'; Groq accepts {string.Join(", ", allowed)}.", "ChatOptions.AdditionalProperties");
    }

    private static bool Bool(string key, object value) =>
        SettingValue.TryGetBool(value, out bool result)
            ? result
            : throw new ArgumentException($"ChatOptions.AdditionalProperties[\"{key}\"] must be a boolean.", "ChatOptions.AdditionalProperties");

    private static JsonElement Json(object value) => value switch
    {
        JsonElement e => e,
        JsonDocument d => d.RootElement.Clone(),
        _ => JsonSerializer.SerializeToElement(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value.GetType())),
    };
}
