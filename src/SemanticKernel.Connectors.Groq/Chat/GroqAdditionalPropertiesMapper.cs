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

    public static void Apply(WireChatRequest request, AdditionalPropertiesDictionary properties)
    {
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                continue;
            }

            switch (key)
            {
                case GroqChatOptionKeys.ReasoningFormat:
                    request.ReasoningFormat = OneOf(key, value, ReasoningFormats);
                    break;
                case GroqChatOptionKeys.IncludeReasoning:
                    request.IncludeReasoning = Bool(key, value);
                    break;
                case GroqChatOptionKeys.ReasoningEffort:
                    request.ReasoningEffort ??= OneOf(key, value, ReasoningEfforts);
                    break;
                case GroqChatOptionKeys.ServiceTier:
                    request.ServiceTier = OneOf(key, value, ServiceTiers);
                    break;
                case GroqChatOptionKeys.User:
                    request.User = Text(key, value);
                    break;
                case GroqChatOptionKeys.DisableToolValidation:
                    request.DisableToolValidation = Bool(key, value);
                    break;
                case GroqChatOptionKeys.SearchSettings:
                    request.SearchSettings = Json(value);
                    break;
                case GroqChatOptionKeys.CompoundCustom:
                    request.CompoundCustom = Json(value);
                    break;
                case GroqChatOptionKeys.Documents:
                    request.Documents = Json(value);
                    break;
                case GroqChatOptionKeys.CitationOptions:
                    request.CitationOptions = Json(value);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="key"/> is a Groq field that <see cref="Apply"/> sends.</summary>
    public static bool IsGroqKey(string key) => key is GroqChatOptionKeys.ReasoningFormat or GroqChatOptionKeys.IncludeReasoning
        or GroqChatOptionKeys.ReasoningEffort or GroqChatOptionKeys.ServiceTier or GroqChatOptionKeys.User
        or GroqChatOptionKeys.DisableToolValidation or GroqChatOptionKeys.SearchSettings or GroqChatOptionKeys.CompoundCustom
        or GroqChatOptionKeys.Documents or GroqChatOptionKeys.CitationOptions;

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
