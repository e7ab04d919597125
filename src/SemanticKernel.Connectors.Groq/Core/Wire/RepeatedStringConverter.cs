using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// Reads a string that repeats in every stream chunk (id, model, fingerprint) without allocating it again:
/// the last value is kept with its UTF-8 bytes and returned when the next value has the same bytes.
/// Concurrent streams only cost a cache miss, never a wrong value.
/// </summary>
internal sealed class RepeatedStringConverter : JsonConverter<string>
{
    private Entry? _last;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Entry? last = Volatile.Read(ref _last);
        if (last is not null && reader.ValueTextEquals(last.Utf8))
        {
            return last.Value;
        }

        string value = reader.GetString()!;
        Volatile.Write(ref _last, new Entry(Encoding.UTF8.GetBytes(value), value));
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private sealed record Entry(byte[] Utf8, string Value);
}
