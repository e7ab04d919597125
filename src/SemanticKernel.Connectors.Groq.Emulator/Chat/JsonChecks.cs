using System.Globalization;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Type and range checks that fail with Groq's <c>'path' : problem</c> messages.</summary>
internal static class JsonChecks
{
    public static GroqErrorException Fail(string path, string problem) =>
        new(GroqError.BadRequest($"'{path}' : {problem}", path));

    /// <summary>Gets a property that is present and not null.</summary>
    public static bool TryGet(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public static void OnlyKeys(JsonElement element, string path, IReadOnlySet<string> allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                throw Fail($"{path}.{property.Name}", $"property '{property.Name}' is unsupported");
            }
        }
    }

    public static JsonElement RequireObject(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Object ? value : throw Fail(path, "value must be an object");

    public static string RequireString(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Fail(path, "value must be a string");

    public static string? OptionalString(JsonElement parent, string name, string path) =>
        TryGet(parent, name, out var value) ? RequireString(value, path) : null;

    public static bool? OptionalBool(JsonElement parent, string name, string path)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail(path, "value must be a boolean"),
        };
    }

    public static double? OptionalNumber(JsonElement parent, string name, string path, double min, double max)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw Fail(path, "value must be a number");
        }

        var number = value.GetDouble();
        CheckRange(number, path, min, max);
        return number;
    }

    public static long? OptionalInteger(JsonElement parent, string name, string path, long min, long max)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            throw Fail(path, "value must be an integer");
        }

        CheckRange(number, path, min, max);
        return number;
    }

    public static string? OptionalEnum(JsonElement parent, string name, string path, params string[] allowed)
    {
        var value = OptionalString(parent, name, path);
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw Fail(path, $"value must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
        }

        return value;
    }

    private static void CheckRange(double number, string path, double min, double max)
    {
        if (number < min)
        {
            throw Fail(path, "number must be at least " + min.ToString(CultureInfo.InvariantCulture));
        }

        if (number > max)
        {
            throw Fail(path, "number must be at most " + max.ToString(CultureInfo.InvariantCulture));
        }
    }
}
