using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;
using Sk = SemanticKernel.Connectors.Groq.GroqPromptExecutionSettings;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// The one table of Groq-only chat request fields. It drives the <see cref="GroqChatOptionKeys"/> MEAI callers set in
/// <see cref="ChatOptions.AdditionalProperties"/>, the Groq fields of <see cref="GroqPromptExecutionSettings"/> and their
/// conversion from other connectors' settings, the warning for keys that are not sent, and the wire. Adding a field is
/// an entry here, plus its key in <see cref="GroqChatOptionKeys"/>; a field whose value the connector checks against
/// others also gets a property on <see cref="WireChatRequest"/>, while JSON fields go out as given.
/// </summary>
internal static class GroqChatFields
{
    public static readonly FrozenDictionary<string, GroqChatField> All = new[]
    {
        GroqChatField.OneOf(GroqChatOptionKeys.ReasoningFormat, ["hidden", "raw", "parsed"], static (r, v) => r.ReasoningFormat = v, nameof(Sk.ReasoningFormat)),
        GroqChatField.Bool(GroqChatOptionKeys.IncludeReasoning, static (r, v) => r.IncludeReasoning = v, nameof(Sk.IncludeReasoning)),
        // ChatOptions.Reasoning.Effort, the typed way, is set first and wins.
        GroqChatField.OneOf(GroqChatOptionKeys.ReasoningEffort, ["none", "default", "low", "medium", "high"], static (r, v) => r.ReasoningEffort ??= v, nameof(Sk.ReasoningEffort)),
        GroqChatField.OneOf(GroqChatOptionKeys.ServiceTier, ["auto", "on_demand", "flex", "performance"], settingsProperty: nameof(Sk.ServiceTier)),
        GroqChatField.Text(GroqChatOptionKeys.User, settingsProperty: nameof(Sk.User)),
        GroqChatField.Bool(GroqChatOptionKeys.DisableToolValidation),
        GroqChatField.Json(GroqChatOptionKeys.SearchSettings),
        GroqChatField.Json(GroqChatOptionKeys.CompoundCustom),
        GroqChatField.Json(GroqChatOptionKeys.Documents),
        GroqChatField.OneOf(GroqChatOptionKeys.CitationOptions, ["enabled", "disabled"]),
        GroqChatField.Json(GroqChatOptionKeys.IncludeDomains),
        GroqChatField.Json(GroqChatOptionKeys.ExcludeDomains),
    }.ToFrozenDictionary(static field => field.Key, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> is a field of the table.</summary>
    public static bool TryGet(string key, [NotNullWhen(true)] out GroqChatField? field) => All.TryGetValue(key, out field);

    /// <summary>
    /// Whether <paramref name="key"/> of <see cref="ChatOptions.AdditionalProperties"/> is read: a field of the table, or
    /// <see cref="GroqChatOptionKeys.StrictJsonSchema"/>, which the request mapper puts on the schema and tools.
    /// </summary>
    public static bool IsSent(string key) => All.ContainsKey(key) || key == GroqChatOptionKeys.StrictJsonSchema;

    /// <summary>Sets the Groq fields among <paramref name="properties"/> on <paramref name="request"/>; other keys are not sent.</summary>
    public static void Apply(WireChatRequest request, AdditionalPropertiesDictionary properties)
    {
        foreach (var (key, value) in properties)
        {
            if (value is not null && All.TryGetValue(key, out var field))
            {
                field.Write(request, value, $"ChatOptions.AdditionalProperties[\"{key}\"]");
            }
        }
    }
}
