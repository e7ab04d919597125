using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireJsonValueConverter : JsonConverter<WireJsonValue>
{
    public override WireJsonValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WireJsonValue.Of(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, WireJsonValue value, JsonSerializerOptions options)
    {
        if (value.Utf8 is { } utf8)
        {
            // Written by a Utf8JsonWriter with this context's encoder, so already valid and escaped alike.
            writer.WriteRawValue(utf8, skipInputValidation: true);
        }
        else
        {
            value.Element.WriteTo(writer);
        }
    }
}
