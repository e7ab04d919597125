using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>Reads a loosely typed setting value (a CLR value, or a <see cref="JsonElement"/> from a template) as a string or a boolean.</summary>
internal static class SettingValue
{
    public static bool TryGetText(object value, [NotNullWhen(true)] out string? text)
    {
        text = value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => null,
        };
        return text is not null;
    }

    public static bool TryGetBool(object value, out bool result)
    {
        switch (value)
        {
            case bool b:
                result = b;
                return true;
            case JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } e:
                result = e.GetBoolean();
                return true;
            default:
                result = false;
                return TryGetText(value, out string? text) && bool.TryParse(text, out result);
        }
    }
}
