using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireContentConverter : JsonConverter<WireContent>
{
    public override WireContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => WireContent.FromText(reader.GetString()!),
            _ => WireContent.FromParts(JsonSerializer.Deserialize(ref reader, GroqJsonContext.Default.ListWireContentPart)!),
        };

    public override void Write(Utf8JsonWriter writer, WireContent value, JsonSerializerOptions options)
    {
        if (value.Parts is null)
        {
            writer.WriteStringValue(value.Text);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Parts, GroqJsonContext.Default.ListWireContentPart);
        }
    }
}
