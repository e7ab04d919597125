using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Structural differences between two JSON values: object members in any order, arrays in order, numbers by value
/// (<c>1e-8</c> and <c>1E-08</c> are equal), strings ordinally. Each difference names its JSON path.
/// </summary>
internal static class JsonDiff
{
    public static List<string> Compare(JsonElement sdk, JsonElement connector)
    {
        var differences = new List<string>();
        Compare(sdk, connector, "$", differences);
        return differences;
    }

    private static void Compare(JsonElement sdk, JsonElement connector, string path, List<string> differences)
    {
        if (sdk.ValueKind != connector.ValueKind && !(IsBoolean(sdk) && IsBoolean(connector)))
        {
            differences.Add($"{path}: groq-sdk sends {Show(sdk)}, the connector sends {Show(connector)}");
            return;
        }

        switch (sdk.ValueKind)
        {
            case JsonValueKind.Object:
                var connectorMembers = connector.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                foreach (var member in sdk.EnumerateObject())
                {
                    if (connectorMembers.Remove(member.Name, out var other))
                    {
                        Compare(member.Value, other, $"{path}.{member.Name}", differences);
                    }
                    else
                    {
                        differences.Add($"{path}.{member.Name}: groq-sdk sends {Show(member.Value)}, the connector does not send it");
                    }
                }

                foreach (var (name, value) in connectorMembers)
                {
                    differences.Add($"{path}.{name}: the connector sends {Show(value)}, groq-sdk does not send it");
                }

                break;
            case JsonValueKind.Array:
                int sdkLength = sdk.GetArrayLength(), connectorLength = connector.GetArrayLength();
                if (sdkLength != connectorLength)
                {
                    differences.Add($"{path}: groq-sdk sends {sdkLength} items {Show(sdk)}, the connector {connectorLength} {Show(connector)}");
                    return;
                }

                for (int i = 0; i < sdkLength; i++)
                {
                    Compare(sdk[i], connector[i], $"{path}[{i}]", differences);
                }

                break;
            case JsonValueKind.Number when sdk.GetDouble() != connector.GetDouble():
            case JsonValueKind.String when sdk.GetString() != connector.GetString():
            case JsonValueKind.True or JsonValueKind.False when sdk.ValueKind != connector.ValueKind:
                differences.Add($"{path}: groq-sdk sends {Show(sdk)}, the connector sends {Show(connector)}");
                break;
        }
    }

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Show(JsonElement e)
    {
        string text = e.GetRawText();
        return text.Length <= 200 ? text : text[..200] + "...";
    }
}
