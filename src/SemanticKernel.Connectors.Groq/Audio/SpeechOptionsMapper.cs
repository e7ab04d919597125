using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Chat;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// MEAI <see cref="SpeechToTextOptions"/> to a <see cref="TranscriptionRequest"/> (pure; validated later, once, for both
/// facades): <c>SpeechLanguage</c> is Groq's <c>language</c>; a <c>TextLanguage</c> set and other than <c>SpeechLanguage</c>
/// (or without it) asks for a translation, which must be into English; Groq's other fields come from <see cref="GroqSpeechOptionKeys"/>.
/// </summary>
internal static class SpeechOptionsMapper
{
    /// <summary>The options' names, for the exceptions.</summary>
    public static AudioSettingNames Names { get; } = new(
        "SpeechToTextOptions.ModelId",
        Key(GroqSpeechOptionKeys.FileName),
        "SpeechToTextOptions.SpeechLanguage",
        Key(GroqSpeechOptionKeys.Prompt),
        Key(GroqSpeechOptionKeys.ResponseFormat),
        Key(GroqSpeechOptionKeys.Temperature),
        Key(GroqSpeechOptionKeys.TimestampGranularities),
        "SpeechToTextOptions.TextLanguage",
        "audioSpeechStream");

    /// <summary>The request for an upload.</summary>
    /// <param name="options">The caller's options, if any.</param>
    /// <param name="defaultModel">The client's model, used when the options name none.</param>
    public static TranscriptionRequest ToRequest(SpeechToTextOptions? options, string defaultModel)
    {
        string model = options?.ModelId is { Length: > 0 } m ? m : defaultModel;
        string? speech = PrimaryLanguage(options?.SpeechLanguage);
        string? text = PrimaryLanguage(options?.TextLanguage);
        // MEAI's rule (as its OpenAI client reads it): a text language other than the speech's, or with none given for
        // the speech, asks for a translation. Groq translates only into English.
        bool translate = text is not null && text != speech;
        if (translate && text != "en")
        {
            throw new NotSupportedException(
                $"SpeechToTextOptions.TextLanguage '{options!.TextLanguage}' asks for a translation into a language other than English, which Groq cannot do; " +
                "leave it unset (or equal to SpeechLanguage) to transcribe, or set it to en to translate.");
        }

        var extra = options?.AdditionalProperties;
        return new TranscriptionRequest(
            model,
            translate,
            Text(extra, GroqSpeechOptionKeys.FileName) is { } name && !string.IsNullOrWhiteSpace(name) ? name : null,
            null,
            translate ? null : speech,
            Text(extra, GroqSpeechOptionKeys.Prompt),
            Text(extra, GroqSpeechOptionKeys.ResponseFormat) ?? "json",
            Temperature(extra),
            Granularities(extra))
        {
            Progress = Progress(extra),
        };
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

    private static float? Temperature(AdditionalPropertiesDictionary? extra) =>
        Value(extra, GroqSpeechOptionKeys.Temperature) switch
        {
            null => null,
            IConvertible number => number.ToSingle(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw Invalid(GroqSpeechOptionKeys.Temperature, "a number"),
        };

    private static List<string>? Granularities(AdditionalPropertiesDictionary? extra) =>
        Value(extra, GroqSpeechOptionKeys.TimestampGranularities) switch
        {
            null => null,
            string one => [one],
            IEnumerable<string> many => [.. many],
            _ => throw Invalid(GroqSpeechOptionKeys.TimestampGranularities, "a list of strings"),
        };

    private static IProgress<GroqTranscriptionProgress>? Progress(AdditionalPropertiesDictionary? extra) =>
        Value(extra, GroqSpeechOptionKeys.Progress) switch
        {
            null => null,
            IProgress<GroqTranscriptionProgress> progress => progress,
            _ => throw Invalid(GroqSpeechOptionKeys.Progress, $"an IProgress<{nameof(GroqTranscriptionProgress)}>"),
        };

    private static string? Text(AdditionalPropertiesDictionary? extra, string key) =>
        Value(extra, key) switch
        {
            null => null,
            { } value when SettingValue.TryGetText(value, out string? text) => text,
            _ => throw Invalid(key, "a string"),
        };

    private static object? Value(AdditionalPropertiesDictionary? extra, string key) =>
        extra is not null && extra.TryGetValue(key, out object? value) ? value : null;

    private static string Key(string key) => $"SpeechToTextOptions.AdditionalProperties[\"{key}\"]";

    private static ArgumentException Invalid(string key, string expected) =>
        new($"{Key(key)} must be {expected}.", "SpeechToTextOptions.AdditionalProperties");
}
