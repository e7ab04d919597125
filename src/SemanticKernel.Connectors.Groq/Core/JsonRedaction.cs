using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Redacts the decoded strings of a JSON text (pure). Text-level redaction runs on the escaped form, where
/// <c>\u0067sk_...</c> hides the key; this decodes, and re-writes the JSON only when a decoded string holds it.
/// </summary>
internal static class JsonRedaction
{
    public static string Redact(string json, SecretRedactor redactor)
    {
        ReadOnlySpan<char> start = json.AsSpan().TrimStart();
        if (start.IsEmpty || (start[0] != '{' && start[0] != '['))
        {
            return json;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (!HoldsSecret(document.RootElement, redactor))
            {
                return json;
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, document.RootElement, redactor);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static bool HoldsSecret(JsonElement element, SecretRedactor redactor) => element.ValueKind switch
    {
        JsonValueKind.String => Differs(element.GetString(), redactor),
        JsonValueKind.Array => element.EnumerateArray().Any(e => HoldsSecret(e, redactor)),
        JsonValueKind.Object => element.EnumerateObject().Any(p => Differs(p.Name, redactor) || HoldsSecret(p.Value, redactor)),
        _ => false,
    };

    private static bool Differs(string? text, SecretRedactor redactor) => !ReferenceEquals(redactor.Redact(text), text);

    private static void Write(Utf8JsonWriter writer, JsonElement element, SecretRedactor redactor)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.WriteStringValue(redactor.Redact(element.GetString()));
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, redactor);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(redactor.Redact(property.Name));
                    Write(writer, property.Value, redactor);
                }

                writer.WriteEndObject();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
