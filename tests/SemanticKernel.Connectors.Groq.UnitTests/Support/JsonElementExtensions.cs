using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>Small readers for request bodies.</summary>
internal static class JsonElementExtensions
{
    public static bool Has(this JsonElement element, string property) => element.TryGetProperty(property, out _);

    public static string? Str(this JsonElement element, string property) => element.GetProperty(property).GetString();

    public static JsonElement Messages(this JsonElement body, int index) => body.GetProperty("messages")[index];

    public static int MessageCount(this JsonElement body) => body.GetProperty("messages").GetArrayLength();

    /// <summary>Every property name found anywhere in the element, at any depth.</summary>
    public static IEnumerable<string> AllPropertyNames(this JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (string inner in property.Value.AllPropertyNames())
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (string inner in item.AllPropertyNames())
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
