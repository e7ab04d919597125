using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>A file in the emulator's file store: an upload (<c>batch</c>) or a batch's output or error file (<c>batch_output</c>).</summary>
internal sealed class StoredFile(string id, string fileName, string purpose, byte[] content, long createdAt)
{
    public string Id { get; } = id;

    public string FileName { get; } = fileName;

    public string Purpose { get; } = purpose;

#pragma warning disable CA1819 // The bytes are immutable once stored; nothing writes to them.
    public byte[] Content { get; } = content;
#pragma warning restore CA1819

    public long CreatedAt { get; } = createdAt;

    /// <summary>Writes Groq's file object: <c>{"id","object":"file","bytes","created_at","filename","purpose"}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteString("object", "file");
        writer.WriteNumber("bytes", Content.LongLength);
        writer.WriteNumber("created_at", CreatedAt);
        writer.WriteString("filename", FileName);
        writer.WriteString("purpose", Purpose);
        writer.WriteEndObject();
    }
}
