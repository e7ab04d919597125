using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Validates <c>response_format</c>: <c>text</c>, <c>json_object</c> or <c>json_schema</c> with a named schema.</summary>
internal static partial class ResponseFormatValidator
{
    private static readonly FrozenSet<string> TypeOnlyKeys = FrozenSet.Create(StringComparer.Ordinal, "type");
    private static readonly FrozenSet<string> SchemaFormatKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "json_schema");
    private static readonly FrozenSet<string> JsonSchemaKeys = FrozenSet.Create(StringComparer.Ordinal, "name", "description", "schema", "strict");

    public static (string? Type, JsonElement? Schema) Validate(JsonElement root)
    {
        if (!JsonChecks.TryGet(root, "response_format", out var format))
        {
            return (null, null);
        }

        JsonChecks.RequireObject(format, "response_format");
        var type = JsonChecks.OptionalString(format, "type", "response_format.type")
            ?? throw JsonChecks.Fail("response_format.type", "property 'type' is missing");
        switch (type)
        {
            case "text" or "json_object":
                JsonChecks.OnlyKeys(format, "response_format", TypeOnlyKeys);
                return (type, null);
            case "json_schema":
                JsonChecks.OnlyKeys(format, "response_format", SchemaFormatKeys);
                return (type, ValidateJsonSchema(format));
            default:
                throw JsonChecks.Fail("response_format.type", "value must be one of 'text', 'json_object', 'json_schema'");
        }
    }

    private static JsonElement ValidateJsonSchema(JsonElement format)
    {
        const string Path = "response_format.json_schema";
        var jsonSchema = JsonChecks.TryGet(format, "json_schema", out var s)
            ? JsonChecks.RequireObject(s, Path)
            : throw JsonChecks.Fail(Path, "property 'json_schema' is missing");
        JsonChecks.OnlyKeys(jsonSchema, Path, JsonSchemaKeys);
        var name = JsonChecks.OptionalString(jsonSchema, "name", $"{Path}.name")
            ?? throw JsonChecks.Fail($"{Path}.name", "property 'name' is missing");
        if (!SchemaName().IsMatch(name))
        {
            throw JsonChecks.Fail($"{Path}.name", "value must match ^[a-zA-Z0-9_-]{1,64}$");
        }

        JsonChecks.OptionalString(jsonSchema, "description", $"{Path}.description");
        JsonChecks.OptionalBool(jsonSchema, "strict", $"{Path}.strict");
        return JsonChecks.TryGet(jsonSchema, "schema", out var schema)
            ? JsonChecks.RequireObject(schema, $"{Path}.schema")
            : throw JsonChecks.Fail($"{Path}.schema", "property 'schema' is missing");
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex SchemaName();
}
