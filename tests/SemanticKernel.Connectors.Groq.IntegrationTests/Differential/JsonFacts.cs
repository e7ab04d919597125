using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// A JSON value as facts: one per leaf (numbers by value, so <c>1e-8</c> and <c>1E-08</c> agree), one per array with its
/// length, and <c>{}</c> for an empty object. Object members compare in any order, array items in order.
/// </summary>
internal static class JsonFacts
{
    public static void Add(Facts facts, string path, JsonNode? node)
    {
        switch (node)
        {
            case null:
                facts.AddRaw(path, "null");
                break;
            case JsonObject obj when obj.Count == 0:
                facts.AddRaw(path, "{}");
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Add(facts, $"{path}.{name}", child);
                }

                break;
            case JsonArray array:
                facts.AddRaw(path, $"array({array.Count})");
                for (int i = 0; i < array.Count; i++)
                {
                    Add(facts, $"{path}[{i}]", array[i]);
                }

                break;
            default:
                facts.AddRaw(path, Leaf(node.AsValue()));
                break;
        }
    }

    private static string Leaf(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => Facts.Show(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)),
        JsonValueKind.String => Facts.Show(value.GetValue<string>()),
        _ => value.ToJsonString(),
    };
}
