using System.Globalization;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Chat;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Reads one loosely typed value of another connector's setting (a CLR value, or a <see cref="JsonElement"/> from a
/// template) as the type Groq needs, or throws an <see cref="ArgumentException"/> naming the setting's JSON key.
/// </summary>
internal static class ForeignSettingValue
{
    public static double Number(string key, object value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        JsonElement { ValueKind: JsonValueKind.String } e when TryParse(e.GetString(), out double d) => d,
        string s when TryParse(s, out double d) => d,
        double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort =>
            ((IConvertible)value).ToDouble(CultureInfo.InvariantCulture),
        _ => throw Invalid(key, value, "a number"),
    };

    public static long Integer(string key, object value)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out long l):
                return l;
            case JsonElement { ValueKind: JsonValueKind.String } e when long.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long l):
                return l;
            case string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l):
                return l;
            case int or long or short or byte or sbyte or uint or ushort:
                return ((IConvertible)value).ToInt64(CultureInfo.InvariantCulture);
        }

        double d = Number(key, value);
        return d == Math.Floor(d) && d is >= long.MinValue and <= long.MaxValue ? (long)d : throw Invalid(key, value, "a whole number");
    }

    public static bool Bool(string key, object value) =>
        SettingValue.TryGetBool(value, out bool result) ? result : throw Invalid(key, value, "true or false");

    public static string Text(string key, object value) =>
        SettingValue.TryGetText(value, out string? text) ? text : throw Invalid(key, value, "a string");

    public static List<string> Strings(string key, object value)
    {
        switch (value)
        {
            case string or JsonElement { ValueKind: JsonValueKind.String }:
                return [Text(key, value)];
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                var fromJson = new List<string>(array.GetArrayLength());
                foreach (var item in array.EnumerateArray())
                {
                    fromJson.Add(Text(key, item));
                }

                return fromJson;
            case System.Collections.IEnumerable items:
                var list = new List<string>();
                foreach (object? item in items)
                {
                    list.Add(item is null ? throw Invalid(key, value, "a list of strings") : Text(key, item));
                }

                return list;
            default:
                throw Invalid(key, value, "a string or a list of strings");
        }
    }

    private static bool TryParse(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static ArgumentException Invalid(string key, object value, string expected) =>
        new($"Execution setting \"{key}\" must be {expected} for Groq; it is {Describe(value)}.", "PromptExecutionSettings");

    private static string Describe(object value) => value is JsonElement e ? $"the JSON {e.ValueKind} {e.GetRawText()}" : $"the {value.GetType().Name} '{value}'";
}
