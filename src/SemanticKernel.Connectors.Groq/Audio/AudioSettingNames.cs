namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// What the caller calls each transcription setting, so a refusal names what they set: SK's
/// <see cref="KernelAudioSettingsMapper.Names"/>, or MEAI's <see cref="SpeechOptionsMapper.Names"/>. <see cref="Audio"/> is
/// the argument the audio came in.
/// </summary>
internal sealed record AudioSettingNames(
    string Model, string FileName, string Language, string Prompt, string ResponseFormat, string Temperature, string TimestampGranularities, string Translate,
    string Audio);
