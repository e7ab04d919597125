using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// Generates a deterministic JSON instance of a JSON schema: strings are <c>"emulated"</c> (or the first enum value,
/// or a sample of the format), integers 1, numbers 1.5, booleans true, arrays empty, objects filled recursively.
/// </summary>
internal static class SchemaInstanceGenerator
{
    private const int MaxDepth = 8;

    /// <summary>Generates an instance; <paramref name="includeOptional"/> also fills properties that are not required.</summary>
    public static string Generate(JsonElement? schema, bool includeOptional) =>
        EmulatorJson.WriteString(writer =>
        {
            if (schema is { ValueKind: JsonValueKind.Object } root)
            {
                WriteValue(writer, root, root, includeOptional, 0);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
        });

    private static void WriteValue(Utf8JsonWriter writer, JsonElement schema, JsonElement root, bool includeOptional, int depth)
    {
        schema = Resolve(schema, root);
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
            if (schema.TryGetProperty(keyword, out var options) && options.ValueKind == JsonValueKind.Array && FirstNonNull(options, root) is { } option)
            {
                WriteValue(writer, option, root, includeOptional, depth + 1);
                return;
            }
        }

        switch (TypeOf(schema))
        {
            case "object":
                WriteObject(writer, schema, root, includeOptional, depth);
                break;
            case "array":
                writer.WriteStartArray();
                writer.WriteEndArray();
                break;
            case "integer":
                writer.WriteNumberValue(1);
                break;
            case "number":
                writer.WriteNumberValue(1.5);
                break;
            case "boolean":
                writer.WriteBooleanValue(true);
                break;
            case "null":
                writer.WriteNullValue();
                break;
            default:
                writer.WriteStringValue(SampleString(schema));
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement schema, JsonElement root, bool includeOptional, int depth)
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
                if (includeOptional || required.Contains(property.Name))
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value, root, includeOptional, depth + 1);
                }
            }
        }

        writer.WriteEndObject();
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
}
