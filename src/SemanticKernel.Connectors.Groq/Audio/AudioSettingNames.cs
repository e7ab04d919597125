namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// What the caller calls each audio setting, so a refusal names what they set: SK's
/// <see cref="GroqAudioToTextExecutionSettings"/> properties, or MEAI's <c>SpeechToTextOptions</c> and its keys.
/// </summary>
internal sealed record AudioSettingNames(
    string Model, string FileName, string Language, string Prompt, string ResponseFormat, string Temperature, string TimestampGranularities, string Translate)
{
    public static AudioSettingNames Kernel { get; } = new(
        "PromptExecutionSettings.ModelId",
        Name(nameof(GroqAudioToTextExecutionSettings.Filename)),
        Name(nameof(GroqAudioToTextExecutionSettings.Language)),
        Name(nameof(GroqAudioToTextExecutionSettings.Prompt)),
        Name(nameof(GroqAudioToTextExecutionSettings.ResponseFormat)),
        Name(nameof(GroqAudioToTextExecutionSettings.Temperature)),
        Name(nameof(GroqAudioToTextExecutionSettings.TimestampGranularities)),
        Name(nameof(GroqAudioToTextExecutionSettings.Translate)));

    public static AudioSettingNames SpeechToText { get; } = new(
        "SpeechToTextOptions.ModelId",
        $"SpeechToTextOptions.AdditionalProperties[\"{GroqSpeechOptionKeys.FileName}\"]",
        "SpeechToTextOptions.SpeechLanguage",
        $"SpeechToTextOptions.AdditionalProperties[\"{GroqSpeechOptionKeys.Prompt}\"]",
        $"SpeechToTextOptions.AdditionalProperties[\"{GroqSpeechOptionKeys.ResponseFormat}\"]",
        $"SpeechToTextOptions.AdditionalProperties[\"{GroqSpeechOptionKeys.Temperature}\"]",
        $"SpeechToTextOptions.AdditionalProperties[\"{GroqSpeechOptionKeys.TimestampGranularities}\"]",
        "SpeechToTextOptions.TextLanguage");

    private static string Name(string property) => $"{nameof(GroqAudioToTextExecutionSettings)}.{property}";
}
