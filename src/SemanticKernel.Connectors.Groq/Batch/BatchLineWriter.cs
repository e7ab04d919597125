using System.Buffers;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>
/// Writes batch input lines, <c>{"custom_id","method","url","body"}</c> and a newline, one at a time into one reused
/// buffer: the memory it holds is that of the longest line, whatever the number of lines.
/// </summary>
internal sealed class BatchLineWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;

    public BatchLineWriter()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = GroqJsonContext.Default.Options.Encoder });
    }

    /// <summary>Writes one line and returns it, valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(string customId, WireChatRequest body)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _writer.WriteString("custom_id"u8, customId);
        _writer.WriteString("method"u8, "POST"u8);
        _writer.WriteString("url"u8, GroqBatchesClient.ChatCompletionsEndpoint);
        _writer.WritePropertyName("body"u8);
        JsonSerializer.Serialize(_writer, body, GroqJsonContext.Default.WireChatRequest);
        _writer.WriteEndObject();
        _writer.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        return _buffer.WrittenMemory;
    }

    public void Dispose() => _writer.Dispose();
}
