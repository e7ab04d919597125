using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// The differences between the request groq-sdk sent and the one the connector sent for the same scenario: method,
/// path, media type, then the JSON body, or for multipart bodies the text fields (any order; a repeated field's values
/// in order) and each file part's field name, file name, content type, length and SHA-256. Headers are not compared:
/// groq-sdk adds its own (<c>user-agent</c>, <c>x-stainless-*</c>, the scenario tag) and neither side's are part of the API.
/// Given <see cref="IdPlaceholders"/>, each side's own file and batch ids in the path and JSON body are replaced first.
/// </summary>
internal static class RequestComparison
{
    public static List<string> Differences(RecordedRequest sdk, RecordedRequest connector, IdPlaceholders? sdkIds = null, IdPlaceholders? connectorIds = null)
    {
        var differences = new List<string>();
        Expect(differences, "method", sdk.Method, connector.Method);
        Expect(differences, "path", sdkIds?.Apply(sdk.Path) ?? sdk.Path, connectorIds?.Apply(connector.Path) ?? connector.Path);
        Expect(differences, "media type", MediaType(sdk.ContentType), MediaType(connector.ContentType), StringComparison.OrdinalIgnoreCase);
        if ((sdkIds is null ? sdk.Json : sdkIds.Apply(sdk.Json)) is { } sdkJson)
        {
            if ((connectorIds is null ? connector.Json : connectorIds.Apply(connector.Json)) is { } connectorJson)
            {
                differences.AddRange(JsonDiff.Compare(sdkJson, connectorJson));
            }
            else
            {
                differences.Add($"body: groq-sdk sends JSON, the connector sends '{connector.BodyText}'");
            }

            return differences;
        }

        CompareForms(sdk, connector, differences);
        return differences;
    }

    private static void CompareForms(RecordedRequest sdk, RecordedRequest connector, List<string> differences)
    {
        foreach (var (name, values) in sdk.Form)
        {
            if (!connector.Form.TryGetValue(name, out var other))
            {
                differences.Add($"form field {name}: groq-sdk sends [{string.Join(", ", values)}], the connector does not send it");
            }
            else if (!values.SequenceEqual(other, StringComparer.Ordinal))
            {
                differences.Add($"form field {name}: groq-sdk sends [{string.Join(", ", values)}], the connector [{string.Join(", ", other)}]");
            }
        }

        foreach (var (name, values) in connector.Form.Where(f => !sdk.Form.ContainsKey(f.Key)))
        {
            differences.Add($"form field {name}: the connector sends [{string.Join(", ", values)}], groq-sdk does not send it");
        }

        Expect(differences, "file parts", sdk.Files.Count.ToString(), connector.Files.Count.ToString());
        foreach (var (sdkFile, connectorFile) in sdk.Files.Zip(connector.Files))
        {
            Expect(differences, "file field name", sdkFile.Name, connectorFile.Name);
            Expect(differences, "file name", sdkFile.FileName, connectorFile.FileName);
            Expect(differences, "file content type", sdkFile.ContentType, connectorFile.ContentType);
            Expect(differences, "file length", sdkFile.Length.ToString(), connectorFile.Length.ToString());
            Expect(differences, "file sha256", sdkFile.Sha256, connectorFile.Sha256);
        }
    }

    private static string? MediaType(string? contentType) => contentType?.Split(';')[0].Trim();

    private static void Expect(List<string> differences, string what, string? sdk, string? connector, StringComparison comparison = StringComparison.Ordinal)
    {
        if (!string.Equals(sdk, connector, comparison))
        {
            differences.Add($"{what}: groq-sdk sends '{sdk}', the connector '{connector}'");
        }
    }

    /// <summary>For failure messages: both bodies as sent.</summary>
    public static string Show(RecordedRequest request) => request.Json is { } json
        ? JsonSerializer.Serialize(json)
        : string.Join(", ", request.Form.Select(f => $"{f.Key}=[{string.Join("|", f.Value)}]"))
            + string.Concat(request.Files.Select(f => $", {f.Name}: {f.FileName} ({f.ContentType}, {f.Length} bytes)"));
}
