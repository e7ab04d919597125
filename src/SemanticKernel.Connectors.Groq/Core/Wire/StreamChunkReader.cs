using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// Reads a streamed chunk's JSON into a <see cref="StreamChunk"/> with a <see cref="Utf8JsonReader"/>, reading only what
/// the connector uses: no object per chunk, and a string equal to the previous chunk's same field is that string again.
/// The rare parts (tool calls, executed tools, annotations, usage, <c>x_groq</c>, errors) go through the source-generated
/// serializer with the same converters as a whole completion. Types are as strict as the serializer's: a field of the
/// wrong JSON type throws <see cref="JsonException"/>.
/// </summary>
internal sealed class StreamChunkReader
{
    private static readonly ExecutedToolsConverter ExecutedToolsReader = new();
    private static readonly AnnotationsConverter AnnotationsReader = new();

    private string? _id;
    private string? _model;
    private string? _fingerprint;
    private string? _serviceTier;
    private string? _role;
    private string? _finishReason;

    public StreamChunk Chunk { get; } = new();

    /// <summary>Overwrites <see cref="Chunk"/> with the chunk in <paramref name="json"/>.</summary>
    public StreamChunk Read(ReadOnlySpan<byte> json)
    {
        try
        {
            ReadChunk(json);
        }
        catch (InvalidOperationException ex)
        {
            // What the reader throws for a string it cannot decode; the serializer reports it as malformed JSON too.
            throw new JsonException(ex.Message, ex);
        }

        return Chunk;
    }

    private void ReadChunk(ReadOnlySpan<byte> json)
    {
        var chunk = Chunk;
        chunk.Clear();
        var reader = new Utf8JsonReader(json);
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException("A stream event held 'null'.");
        }

        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("choices"u8))
            {
                Read(ref reader);
                ReadChoices(ref reader, chunk);
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                chunk.Id = Repeated(ref reader, ref _id);
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                chunk.Model = Repeated(ref reader, ref _model);
            }
            else if (reader.ValueTextEquals("created"u8))
            {
                Read(ref reader);
                chunk.Created = reader.TokenType == JsonTokenType.Null ? null
                    : reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long created) ? created
                    : throw Unexpected(ref reader);
            }
            else if (reader.ValueTextEquals("system_fingerprint"u8))
            {
                chunk.SystemFingerprint = Repeated(ref reader, ref _fingerprint);
            }
            else if (reader.ValueTextEquals("service_tier"u8))
            {
                chunk.ServiceTier = Repeated(ref reader, ref _serviceTier);
            }
            else if (reader.ValueTextEquals("x_groq"u8))
            {
                Read(ref reader);
                chunk.XGroq = JsonSerializer.Deserialize(ref reader, GroqJsonContext.Default.WireXGroq);
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                Read(ref reader);
                chunk.Usage = JsonSerializer.Deserialize(ref reader, GroqJsonContext.Default.WireUsage);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                Read(ref reader);
                chunk.Error = JsonSerializer.Deserialize(ref reader, GroqJsonContext.Default.NullableJsonElement);
            }
            else
            {
                Read(ref reader);
                reader.Skip();
            }
        }

        if (reader.Read())
        {
            throw new JsonException("A stream event held more than one JSON value.");
        }
    }

    private void ReadChoices(ref Utf8JsonReader reader, StreamChunk chunk)
    {
        chunk.ClearChoice();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            if (chunk.HasChoice || reader.TokenType == JsonTokenType.Null)
            {
                // Only the first choice is used (Groq sends one); a null entry still counts as one.
                chunk.HasChoice = true;
                reader.Skip();
                continue;
            }

            chunk.HasChoice = true;
            ReadChoice(ref reader, chunk);
        }
    }

    private void ReadChoice(ref Utf8JsonReader reader, StreamChunk chunk)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("delta"u8))
            {
                Read(ref reader);
                ReadDelta(ref reader, chunk);
            }
            else if (reader.ValueTextEquals("finish_reason"u8))
            {
                chunk.FinishReason = Repeated(ref reader, ref _finishReason);
            }
            else if (reader.ValueTextEquals("index"u8))
            {
                Read(ref reader);
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out _))
                {
                    throw Unexpected(ref reader);
                }
            }
            else
            {
                Read(ref reader);
                reader.Skip();
            }
        }
    }

    private void ReadDelta(ref Utf8JsonReader reader, StreamChunk chunk)
    {
        chunk.Role = chunk.Content = chunk.Reasoning = null;
        chunk.ToolCalls = null;
        chunk.ExecutedTools = null;
        chunk.Annotations = null;
        chunk.HasDelta = reader.TokenType != JsonTokenType.Null;
        if (!chunk.HasDelta)
        {
            return;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("content"u8))
            {
                chunk.Content = String(ref reader);
            }
            else if (reader.ValueTextEquals("reasoning"u8))
            {
                chunk.Reasoning = String(ref reader);
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                chunk.Role = Repeated(ref reader, ref _role);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                Read(ref reader);
                chunk.ToolCalls = JsonSerializer.Deserialize(ref reader, GroqJsonContext.Default.ListWireToolCall);
            }
            else if (reader.ValueTextEquals("executed_tools"u8))
            {
                Read(ref reader);
                chunk.ExecutedTools = reader.TokenType == JsonTokenType.Null ? null
                    : ExecutedToolsReader.Read(ref reader, typeof(List<WireExecutedTool>), GroqJsonContext.Default.Options);
            }
            else if (reader.ValueTextEquals("annotations"u8))
            {
                Read(ref reader);
                chunk.Annotations = reader.TokenType == JsonTokenType.Null ? null
                    : AnnotationsReader.Read(ref reader, typeof(List<WireAnnotation>), GroqJsonContext.Default.Options);
            }
            else
            {
                Read(ref reader);
                reader.Skip();
            }
        }
    }

    /// <summary>Moves to the next property name of the object being read; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Unexpected(ref reader),
        };
    }

    /// <summary>A string that is usually the same in every chunk: the previous instance when the text is equal.</summary>
    private static string? Repeated(ref Utf8JsonReader reader, ref string? previous)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.String && previous is not null && reader.ValueTextEquals(previous))
        {
            return previous;
        }

        string? value = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw Unexpected(ref reader),
        };
        previous = value ?? previous;
        return value;
    }

    private static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("A stream event ended inside its JSON.");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw Unexpected(ref reader);
        }
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader) =>
        new($"A stream event held {reader.TokenType} where the chunk has a different type (byte {reader.TokenStartIndex}).");
}
