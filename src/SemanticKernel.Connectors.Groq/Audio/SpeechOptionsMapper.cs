using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Chat;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// MEAI <see cref="SpeechToTextOptions"/> in the shape of <see cref="GroqAudioToTextExecutionSettings"/> (pure):
/// <c>SpeechLanguage</c> is Groq's <c>language</c>; a <c>TextLanguage</c> of English for other speech asks for a translation.
/// </summary>
internal static class SpeechOptionsMapper
{
    public static GroqAudioToTextExecutionSettings ToSettings(SpeechToTextOptions? options)
    {
        var settings = new GroqAudioToTextExecutionSettings();
        if (options is null)
        {
            return settings;
        }

        settings.ModelId = options.ModelId;
        string? speech = PrimaryLanguage(options.SpeechLanguage);
        string? text = PrimaryLanguage(options.TextLanguage);
        if (text is not null && speech is not null && text != speech)
        {
            settings.Translate = text == "en" ? true : throw new NotSupportedException(
                $"SpeechToTextOptions.TextLanguage '{options.TextLanguage}' asks for a translation into a language other than English, which Groq cannot do.");
        }
        else
        {
            settings.Language = speech;
        }

        var extra = options.AdditionalProperties;
        if (extra is null)
        {
            return settings;
        }

        settings.Filename = Text(extra, GroqSpeechOptionKeys.FileName) ?? string.Empty;
        settings.Prompt = Text(extra, GroqSpeechOptionKeys.Prompt);
        settings.ResponseFormat = Text(extra, GroqSpeechOptionKeys.ResponseFormat) ?? settings.ResponseFormat;
        if (extra.TryGetValue(GroqSpeechOptionKeys.Temperature, out object? temperature) && temperature is not null)
        {
            settings.Temperature = temperature is IConvertible number
                ? number.ToSingle(System.Globalization.CultureInfo.InvariantCulture)
                : throw Invalid(GroqSpeechOptionKeys.Temperature, "a number");
        }

        if (extra.TryGetValue(GroqSpeechOptionKeys.TimestampGranularities, out object? granularities) && granularities is not null)
        {
            settings.TimestampGranularities = granularities switch
            {
                string one => [one],
                IEnumerable<string> many => [.. many],
                _ => throw Invalid(GroqSpeechOptionKeys.TimestampGranularities, "a list of strings"),
            };
        }

        if (extra.TryGetValue(GroqSpeechOptionKeys.Progress, out object? progress) && progress is not null)
        {
            settings.Progress = progress as IProgress<GroqTranscriptionProgress>
                ?? throw Invalid(GroqSpeechOptionKeys.Progress, $"an IProgress<{nameof(GroqTranscriptionProgress)}>");
        }

        return settings;
    }

    /// <summary>The primary subtag of a BCP-47 tag, lower case: <c>en-US</c> is <c>en</c>.</summary>
    private static string? PrimaryLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        int dash = tag.IndexOfAny(['-', '_']);
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
    }

    private static string? Text(AdditionalPropertiesDictionary extra, string key) =>
        !extra.TryGetValue(key, out object? value) || value is null ? null
        : SettingValue.TryGetText(value, out string? text) ? text
        : throw Invalid(key, "a string");

    private static ArgumentException Invalid(string key, string expected) =>
        new($"SpeechToTextOptions.AdditionalProperties[\"{key}\"] must be {expected}.", "SpeechToTextOptions.AdditionalProperties");
}
