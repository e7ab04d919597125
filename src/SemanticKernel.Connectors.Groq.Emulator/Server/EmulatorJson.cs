using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Writes compact UTF-8 JSON the way Groq does (non-ASCII text is not escaped).</summary>
internal static class EmulatorJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string WriteString(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(Write(write));
}
