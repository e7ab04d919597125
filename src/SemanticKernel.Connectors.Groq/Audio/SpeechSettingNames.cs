namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// What the caller calls each text-to-speech setting, so a refusal names what they set: SK's
/// <see cref="GroqTextToAudioExecutionSettings"/> properties, or MEAI's <c>TextToSpeechOptions</c> and its keys.
/// </summary>
internal sealed record SpeechSettingNames(string Voice, string ResponseFormat, string SampleRate, string Speed)
{
    public static SpeechSettingNames Kernel { get; } = new(
        Name(nameof(GroqTextToAudioExecutionSettings.Voice)),
        Name(nameof(GroqTextToAudioExecutionSettings.ResponseFormat)),
        Name(nameof(GroqTextToAudioExecutionSettings.SampleRate)),
        Name(nameof(GroqTextToAudioExecutionSettings.Speed)));

    public static SpeechSettingNames TextToSpeech { get; } = new(
        "TextToSpeechOptions.VoiceId",
        "TextToSpeechOptions.AudioFormat",
        "TextToSpeechOptions.AdditionalProperties[\"sample_rate\"]",
        "TextToSpeechOptions.Speed");

    private static string Name(string property) => $"{nameof(GroqTextToAudioExecutionSettings)}.{property}";
}
