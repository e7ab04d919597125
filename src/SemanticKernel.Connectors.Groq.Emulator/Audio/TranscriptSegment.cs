namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>One entry of <c>verbose_json</c>'s <c>segments</c>, in Whisper's shape; times in seconds, seek in 10 ms frames.</summary>
internal sealed record TranscriptSegment(
    int Id,
    int Seek,
    double Start,
    double End,
    string Text,
    IReadOnlyList<int> Tokens,
    double Temperature,
    double AvgLogprob,
    double CompressionRatio,
    double NoSpeechProb);
