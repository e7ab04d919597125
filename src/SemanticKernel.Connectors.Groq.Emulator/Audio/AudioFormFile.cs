namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// A file part of a multipart request after streaming through it: its metadata, whether it exceeded the size limit,
/// and the WAV analysis (null when the bytes are not a PCM 16-bit WAV or the file was too large).
/// </summary>
internal sealed record AudioFormFile(RecordedFile Record, bool TooLarge, WavAnalysis? Wav);
