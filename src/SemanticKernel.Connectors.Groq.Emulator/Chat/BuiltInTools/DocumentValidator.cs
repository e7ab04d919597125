using System.Collections.Frozen;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>
/// Validates <c>documents</c> as groq-sdk types them: an array (or null) of <c>{"id"?, "source"}</c>, the source
/// <c>{"type":"text","text"}</c> or <c>{"type":"json","data":{...}}</c>, nothing else.
/// </summary>
internal static class DocumentValidator
{
    private static readonly FrozenSet<string> DocumentKeys = FrozenSet.Create(StringComparer.Ordinal, "id", "source");
    private static readonly FrozenSet<string> TextSourceKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "text");
    private static readonly FrozenSet<string> JsonSourceKeys = FrozenSet.Create(StringComparer.Ordinal, "type", "data");

    /// <summary>The request's documents; one without an id is named by its position (an emulator choice).</summary>
    public static IReadOnlyList<EmulatedDocument> Validate(JsonElement root)
    {
        if (!JsonChecks.TryGet(root, "documents", out var documents))
        {
            return [];
        }

        if (documents.ValueKind != JsonValueKind.Array)
        {
            throw JsonChecks.Fail("documents", "value must be an array");
        }

        var result = new List<EmulatedDocument>();
        foreach (var document in documents.EnumerateArray())
        {
            var path = $"documents.{result.Count}";
            JsonChecks.RequireObject(document, path);
            JsonChecks.OnlyKeys(document, path, DocumentKeys);
            var id = JsonChecks.TryGet(document, "id", out var idValue)
                ? JsonChecks.RequireString(idValue, $"{path}.id")
                : result.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var source = JsonChecks.TryGet(document, "source", out var s)
                ? JsonChecks.RequireObject(s, $"{path}.source")
                : throw JsonChecks.Fail($"{path}.source", "property 'source' is missing");
            result.Add(new EmulatedDocument(id, SourceText(source, $"{path}.source")));
        }

        return result;
    }

    private static string SourceText(JsonElement source, string path)
    {
        switch (JsonChecks.OptionalString(source, "type", $"{path}.type"))
        {
            case "text":
                JsonChecks.OnlyKeys(source, path, TextSourceKeys);
                return JsonChecks.TryGet(source, "text", out var text)
                    ? JsonChecks.RequireString(text, $"{path}.text")
                    : throw JsonChecks.Fail($"{path}.text", "property 'text' is missing");
            case "json":
                JsonChecks.OnlyKeys(source, path, JsonSourceKeys);
                return JsonChecks.TryGet(source, "data", out var data)
                    ? JsonChecks.RequireObject(data, $"{path}.data").GetRawText()
                    : throw JsonChecks.Fail($"{path}.data", "property 'data' is missing");
            case null:
                throw JsonChecks.Fail($"{path}.type", "property 'type' is missing");
            case var type:
                throw JsonChecks.Fail($"{path}.type", $"discriminator property 'type' has invalid value '{type}'");
        }
    }
}
