using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// Reads an optional list whose item shape is known only from SDK typings (<c>executed_tools</c>, <c>annotations</c>):
/// an item that does not match is skipped, and a value that is not an array reads as absent, so an unexpected shape
/// costs that extra information, never the answer it came with.
/// </summary>
internal abstract class TolerantListConverter<T> : JsonConverter<List<T>>
    where T : class
{
    protected abstract JsonTypeInfo<T> ItemInfo { get; }

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // A custom converter is handed the whole value buffered, so a copy of the reader can rewind past a bad item.
            var itemStart = reader;
            try
            {
                if (JsonSerializer.Deserialize(ref reader, ItemInfo) is { } item)
                {
                    items.Add(item);
                }
            }
            catch (JsonException)
            {
                reader = itemStart;
                reader.Skip();
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, ItemInfo);
        }

        writer.WriteEndArray();
    }
}
