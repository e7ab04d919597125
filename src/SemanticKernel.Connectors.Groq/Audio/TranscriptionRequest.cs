namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// A transcription or translation request, everything but the audio bytes: both facades map their settings into it
/// (<see cref="KernelAudioSettingsMapper"/>, <see cref="SpeechOptionsMapper"/>), and <see cref="TranscriptionRequestValidator.Validate"/>
/// turns it into the request that is sent.
/// </summary>
/// <param name="Model">The Whisper model.</param>
/// <param name="Translate">Whether it goes to <c>/audio/translations</c>.</param>
/// <param name="FileName">The file name sent with the audio (its extension names the format); <see langword="null"/> to derive it from the audio, or with <paramref name="Url"/>.</param>
/// <param name="Url">A public URL Groq fetches the audio from, instead of an upload.</param>
/// <param name="Language">The ISO-639-1 code of the speech (transcription only).</param>
/// <param name="Prompt">Context or spellings.</param>
/// <param name="ResponseFormat"><c>json</c>, <c>verbose_json</c> or <c>text</c>.</param>
/// <param name="Temperature">0 to 1.</param>
/// <param name="TimestampGranularities"><c>segment</c> and/or <c>word</c> (with <c>verbose_json</c>).</param>
internal sealed record TranscriptionRequest(
    string Model,
    bool Translate,
    string? FileName,
    Uri? Url,
    string? Language,
    string? Prompt,
    string ResponseFormat,
    float? Temperature,
    IReadOnlyList<string>? TimestampGranularities)
{
    /// <summary>Told of chunks done while audio over the upload limit is transcribed in chunks.</summary>
    public IProgress<GroqTranscriptionProgress>? Progress { get; init; }

    public string Path => Translate ? "audio/translations" : "audio/transcriptions";
}
