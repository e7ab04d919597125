namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// A file part of a multipart request after streaming through it: its metadata, whether it exceeded the size limit,
/// and the WAV analysis (null when the bytes are not a PCM 16-bit WAV, the file was too large, or its bytes were kept).
/// </summary>
internal sealed record AudioFormFile(RecordedFile Record, bool TooLarge, WavAnalysis? Wav)
{
    /// <summary>The file's bytes when the reader was asked to keep them (a <c>/files</c> upload within the limit), else null.</summary>
#pragma warning disable CA1819 // The bytes are the upload itself, handed over once.
    public byte[]? Content { get; init; }
#pragma warning restore CA1819
}
