using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>
/// The fields of one streamed chunk that the connector uses, read by <see cref="StreamChunkReader"/>. One instance serves a
/// whole stream and is overwritten by every chunk, so a chunk costs no wire objects: only its strings, and those that
/// repeat the previous chunk's (id, model, fingerprint, role, ...) are the previous chunk's instances. Valid until the next
/// chunk is read.
/// </summary>
internal sealed class StreamChunk
{
    public string? Id { get; set; }

    public long? Created { get; set; }

    public string? Model { get; set; }

    public string? SystemFingerprint { get; set; }

    public string? ServiceTier { get; set; }

    /// <summary>Whether <c>choices</c> held at least one entry (only the first is read).</summary>
    public bool HasChoice { get; set; }

    /// <summary>Whether the first choice had a <c>delta</c> object.</summary>
    public bool HasDelta { get; set; }

    public string? Role { get; set; }

    public string? Content { get; set; }

    public string? Reasoning { get; set; }

    public List<WireToolCall>? ToolCalls { get; set; }

    public List<WireExecutedTool>? ExecutedTools { get; set; }

    public List<WireAnnotation>? Annotations { get; set; }

    public string? FinishReason { get; set; }

    public WireUsage? Usage { get; set; }

    public WireXGroq? XGroq { get; set; }

    public JsonElement? Error { get; set; }

    /// <summary>Forgets the previous chunk's values (its strings stay in <see cref="StreamChunkReader"/>'s memory for reuse).</summary>
    public void Clear()
    {
        Id = Model = SystemFingerprint = ServiceTier = null;
        Created = null;
        ClearChoice();
        Usage = null;
        XGroq = null;
        Error = null;
    }

    /// <summary>Forgets the choice (for a chunk whose <c>choices</c> comes again or is null).</summary>
    public void ClearChoice()
    {
        HasChoice = HasDelta = false;
        Role = Content = Reasoning = FinishReason = null;
        ToolCalls = null;
        ExecutedTools = null;
        Annotations = null;
    }
}
