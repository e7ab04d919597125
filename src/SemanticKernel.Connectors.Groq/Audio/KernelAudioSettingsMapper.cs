namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary><see cref="GroqAudioToTextExecutionSettings"/> to a <see cref="TranscriptionRequest"/> (pure; validated later, once, for both facades).</summary>
internal static class KernelAudioSettingsMapper
{
    /// <summary>The settings' names, for the exceptions.</summary>
    public static AudioSettingNames Names { get; } = new(
        "PromptExecutionSettings.ModelId",
        Name(nameof(GroqAudioToTextExecutionSettings.Filename)),
        Name(nameof(GroqAudioToTextExecutionSettings.Language)),
        Name(nameof(GroqAudioToTextExecutionSettings.Prompt)),
        Name(nameof(GroqAudioToTextExecutionSettings.ResponseFormat)),
        Name(nameof(GroqAudioToTextExecutionSettings.Temperature)),
        Name(nameof(GroqAudioToTextExecutionSettings.TimestampGranularities)),
        Name(nameof(GroqAudioToTextExecutionSettings.Translate)),
        "content");

    /// <summary>The request for an upload; a URL request adds its <see cref="TranscriptionRequest.Url"/>.</summary>
    /// <param name="settings">The caller's settings.</param>
    /// <param name="defaultModel">The service's model, used when the settings name none.</param>
    public static TranscriptionRequest ToRequest(GroqAudioToTextExecutionSettings settings, string defaultModel) =>
        new(
            settings.ModelId is { Length: > 0 } model ? model : defaultModel,
            settings.Translate,
            string.IsNullOrWhiteSpace(settings.Filename) ? null : settings.Filename,
            null,
            settings.Language,
            settings.Prompt,
            settings.ResponseFormat,
            settings.Temperature,
            settings.TimestampGranularities is { } granularities ? [.. granularities] : null)
        {
            Progress = settings.Progress,
        };

    private static string Name(string property) => $"{nameof(GroqAudioToTextExecutionSettings)}.{property}";
}
