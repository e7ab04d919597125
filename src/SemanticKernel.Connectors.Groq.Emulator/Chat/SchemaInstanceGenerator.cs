using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// Generates a deterministic JSON instance of a JSON schema: <c>const</c> or the first <c>enum</c> value when there is one;
/// otherwise plain strings take the user's next phrase and integers and numbers the user's next numeral (see
/// <see cref="UserWords"/>) when it fits the schema's bounds, else strings are <c>"emulated"</c> (or a sample of the
/// format), integers 1, numbers 1.5 (each moved within the schema's bounds, <see cref="SchemaSamples"/>); booleans true,
/// arrays empty or of <c>minItems</c> items, objects filled recursively in property order.
/// </summary>
internal static class SchemaInstanceGenerator
{
    private const int MaxDepth = 8;
    private const int MaxSampleItems = 16;
    private const double MaxSafeInteger = 9007199254740991;

    /// <summary>Generates an instance; <paramref name="includeOptional"/> also fills properties that are not required.</summary>
    /// <param name="schema">The schema, or null for an empty object.</param>
    /// <param name="includeOptional">Whether properties that are not required are filled too.</param>
    /// <param name="words">The user's words to take values from, in order.</param>
    public static string Generate(JsonElement? schema, bool includeOptional, UserWords words) =>
        EmulatorJson.WriteString(writer =>
        {
            if (schema is { ValueKind: JsonValueKind.Object } root)
            {
                WriteValue(writer, root, new Walk(root, includeOptional, words), 0);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
        });

    private static void WriteValue(Utf8JsonWriter writer, JsonElement schema, Walk walk, int depth)
    {
        schema = Resolve(schema, walk.Root);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            writer.WriteStringValue("emulated");
            return;
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            constant.WriteTo(writer);
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            values[0].WriteTo(writer);
            return;
        }

        foreach (var keyword in (ReadOnlySpan<string>)["anyOf", "oneOf", "allOf"])
        {
            if (schema.TryGetProperty(keyword, out var options) && options.ValueKind == JsonValueKind.Array && FirstNonNull(options, walk.Root) is { } option)
            {
                WriteValue(writer, option, walk, depth + 1);
                return;
            }
        }

        switch (TypeOf(schema))
        {
            case "object":
                WriteObject(writer, schema, walk, depth);
                break;
            case "array":
                WriteArray(writer, schema, walk, depth);
                break;
            case "integer":
                writer.WriteNumberValue(walk.Words.TakeNumber(n => n == Math.Floor(n) && Math.Abs(n) <= MaxSafeInteger && SchemaSamples.WithinBounds(schema, n)) ?? SchemaSamples.Integer(schema));
                break;
            case "number":
                writer.WriteNumberValue(walk.Words.TakeNumber(n => SchemaSamples.WithinBounds(schema, n)) ?? SchemaSamples.Number(schema));
                break;
            case "boolean":
                writer.WriteBooleanValue(true);
                break;
            case "null":
                writer.WriteNullValue();
                break;
            default:
                writer.WriteStringValue(IsPlainString(schema) ? walk.Words.TakePhrase(p => SchemaSamples.FitsLength(schema, p)) ?? SchemaSamples.PlainString(schema) : SampleString(schema));
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement schema, Walk walk, int depth)
    {
        writer.WriteStartObject();
        if (depth < MaxDepth && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            if (schema.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in names.EnumerateArray())
                {
                    if (name.ValueKind == JsonValueKind.String)
                    {
                        required.Add(name.GetString()!);
                    }
                }
            }

            foreach (var property in properties.EnumerateObject())
            {
                if (walk.IncludeOptional || required.Contains(property.Name))
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value, walk, depth + 1);
                }
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Empty, or <c>minItems</c> items (at most <see cref="MaxSampleItems"/>) of the <c>items</c> schema.</summary>
    private static void WriteArray(Utf8JsonWriter writer, JsonElement schema, Walk walk, int depth)
    {
        writer.WriteStartArray();
        if (depth < MaxDepth && schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var count) && count > 0)
        {
            var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
            for (var i = 0; i < Math.Min(count, MaxSampleItems); i++)
            {
                WriteValue(writer, items, walk, depth + 1);
            }
        }

        writer.WriteEndArray();
    }

    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                return type.GetString()!;
            }

            if (type.ValueKind == JsonValueKind.Array)
            {
                var types = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList();
                return types.FirstOrDefault(t => t != "null") ?? types.FirstOrDefault() ?? "string";
            }
        }

        return schema.TryGetProperty("properties", out _) ? "object"
            : schema.TryGetProperty("items", out _) ? "array"
            : "string";
    }

    private static JsonElement? FirstNonNull(JsonElement options, JsonElement root)
    {
        JsonElement? first = null;
        foreach (var option in options.EnumerateArray())
        {
            var resolved = Resolve(option, root);
            first ??= resolved;
            if (resolved.ValueKind == JsonValueKind.Object && TypeOf(resolved) != "null")
            {
                return resolved;
            }
        }

        return first;
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement root)
    {
        for (var hops = 0; hops < MaxDepth && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = root;
            var pointer = reference.GetString() ?? string.Empty;
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                return schema;
            }

            foreach (var segment in pointer[2..].Split('/'))
            {
                var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
                {
                    return schema;
                }
            }

            schema = target;
        }

        return schema;
    }

    private static bool IsPlainString(JsonElement schema) => !schema.TryGetProperty("format", out _) && !schema.TryGetProperty("pattern", out _);

    private static string SampleString(JsonElement schema)
    {
        var format = schema.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        return format switch
        {
            "date-time" => "2025-01-01T00:00:00Z",
            "date" => "2025-01-01",
            "time" => "00:00:00",
            "uuid" => "00000000-0000-0000-0000-000000000000",
            "uri" or "url" => "https://example.com/",
            "email" => "emulated@example.com",
            _ => "emulated",
        };
    }

    private sealed record Walk(JsonElement Root, bool IncludeOptional, UserWords Words);
}
