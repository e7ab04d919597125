using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

internal sealed class WireToolChoiceConverter : JsonConverter<WireToolChoice>
{
    public override WireToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() switch
            {
                "none" => WireToolChoice.None,
                "auto" => WireToolChoice.Auto,
                "required" => WireToolChoice.Required,
                var other => throw new JsonException($"Unknown tool_choice '{other}'."),
            };
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return WireToolChoice.ForFunction(document.RootElement.GetProperty("function").GetProperty("name").GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, WireToolChoice value, JsonSerializerOptions options)
    {
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, "function"u8);
        writer.WriteStartObject("function"u8);
        writer.WriteString("name"u8, value.FunctionName);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
