using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// A JSON value sent as given: a <see cref="JsonElement"/>, or the bytes it was written to once (a tool's parameter
/// schema, which would otherwise be re-written token by token on every request).
/// </summary>
[JsonConverter(typeof(WireJsonValueConverter))]
internal sealed class WireJsonValue
{
    private WireJsonValue(JsonElement element, byte[]? utf8)
    {
        Element = element;
        Utf8 = utf8;
    }

    /// <summary>Gets the value.</summary>
    public JsonElement Element { get; }

    /// <summary>Gets the value as written for a request, or <see langword="null"/> when it is written from <see cref="Element"/>.</summary>
    public byte[]? Utf8 { get; }

    public static WireJsonValue Of(JsonElement element) => new(element, null);

    /// <summary>The value with its bytes written now, as <see cref="GroqJsonContext"/> would write it in a request.</summary>
    public static WireJsonValue Written(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = GroqJsonContext.Default.Options.Encoder }))
        {
            element.WriteTo(writer);
        }

        return new(element, buffer.ToArray());
    }
}
