using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Reads another connector's <see cref="PromptExecutionSettings"/> as (JSON name, value) pairs, for the Groq settings
/// classes to apply. A plain settings object (a prompt template's) gives its <see cref="PromptExecutionSettings.ExtensionData"/>;
/// a derived one (e.g. OpenAI's) gives each property of its JSON contract, with its extension data in place, so
/// values JSON cannot carry (a <see cref="Type"/>, a <c>ChatResponseFormat</c>) arrive unchanged. Unset values are skipped.
/// </summary>
internal static class ForeignSettingsReader
{
    private static readonly Lazy<JsonSerializerOptions> ForeignOptions = new(CreateForeignOptions);

    /// <summary>The set values of <paramref name="settings"/> by their JSON names.</summary>
    /// <param name="settings">The foreign settings.</param>
    /// <param name="targetName">The Groq settings class they are read into, for the exception.</param>
    /// <exception cref="NotSupportedException">A derived settings object, and the app disables reflection-based JSON serialization.</exception>
    public static IEnumerable<KeyValuePair<string, object>> Read(PromptExecutionSettings settings, string targetName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.GetType() == typeof(PromptExecutionSettings))
        {
            return Set(settings.ExtensionData);
        }

        // Resolved before enumerating, so that an app without reflection hears about it at the call, not later.
        return ReadContract(settings, Contract(settings.GetType(), targetName));
    }

    /// <summary>
    /// <paramref name="settings"/> as <typeparamref name="T"/>: defaults for <see langword="null"/>, the object itself when
    /// it is one already, else a new one with its model and service ids and every other set value passed to <paramref name="apply"/>.
    /// </summary>
    /// <param name="settings">The caller's settings, of any connector.</param>
    /// <param name="logger">Passed to <paramref name="apply"/>, for the keys it drops.</param>
    /// <param name="apply">Sets one (JSON name, value) pair on the new settings, or drops and logs it.</param>
    /// <exception cref="NotSupportedException">A derived settings object, and the app disables reflection-based JSON serialization.</exception>
    public static T Convert<T>(PromptExecutionSettings? settings, ILogger logger, Action<T, string, object, ILogger> apply)
        where T : PromptExecutionSettings, new()
    {
        switch (settings)
        {
            case null:
                return new T();
            case T same:
                return same;
        }

        var result = new T { ModelId = settings.ModelId, ServiceId = settings.ServiceId };
        foreach (var (key, value) in Read(settings, typeof(T).Name))
        {
            if (key is not ("model_id" or "service_id"))
            {
                apply(result, key, value, logger);
            }
        }

        return result;
    }

    private static IEnumerable<KeyValuePair<string, object>> ReadContract(PromptExecutionSettings settings, JsonTypeInfo contract)
    {
        foreach (var property in contract.Properties)
        {
            object? value = property.Get?.Invoke(settings);
            if (property.IsExtensionData)
            {
                foreach (var pair in Set(value as IEnumerable<KeyValuePair<string, object>>))
                {
                    yield return pair;
                }
            }
            else if (IsSet(value))
            {
                yield return new(property.Name, value!);
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, object>> Set(IEnumerable<KeyValuePair<string, object>>? values) =>
        values?.Where(pair => IsSet(pair.Value)) ?? [];

    private static bool IsSet(object? value) => value is not (null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined });

    // The runtime type is another connector's public settings class, read through the contract SK itself uses to
    // round-trip settings; anything trimming removed from it is simply not read. Without reflection we refuse, clearly.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "Guarded by IsReflectionEnabledByDefault; see above.")]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "Guarded by IsReflectionEnabledByDefault; see above.")]
    private static JsonTypeInfo Contract(Type settingsType, string targetName)
    {
        if (!JsonSerializer.IsReflectionEnabledByDefault)
        {
            throw new NotSupportedException(
                $"Converting {settingsType.Name} to {targetName} needs reflection-based JSON serialization, which this app disables; " +
                $"pass {targetName} or a plain {nameof(PromptExecutionSettings)} instead.");
        }

        return ForeignOptions.Value.GetTypeInfo(settingsType);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "Used only when reflection is enabled.")]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "Used only when reflection is enabled.")]
    private static JsonSerializerOptions CreateForeignOptions() => new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
}
