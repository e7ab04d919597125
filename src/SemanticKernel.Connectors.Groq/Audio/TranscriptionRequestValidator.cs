using System.Text;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>
/// Checks a <see cref="TranscriptionRequest"/> from either facade (pure). Everything Groq would refuse throws here,
/// before any audio is sent, naming the setting as the caller knows it.
/// </summary>
internal static class TranscriptionRequestValidator
{
    public const int MaxPromptTokens = 224;

    private const string TranslatingModel = "whisper-large-v3";

    private static readonly string[] RetiredModels = ["distil-whisper-large-v3-en"];
    private static readonly string[] TranscribeOnlyModels = ["whisper-large-v3-turbo"];

    /// <summary>Checks a request either facade mapped, and gives the one to send: defaults filled in, duplicates removed.</summary>
    /// <param name="requested">The request as the caller's settings give it; for an upload, with the file name already chosen.</param>
    /// <param name="names">The caller's names of the settings, for the exceptions.</param>
    public static TranscriptionRequest Validate(TranscriptionRequest requested, AudioSettingNames names)
    {
        string model = requested.Model;
        if (Array.IndexOf(RetiredModels, model) >= 0)
        {
            throw new NotSupportedException($"{names.Model} '{model}' is retired on Groq; use whisper-large-v3-turbo or whisper-large-v3.");
        }

        if (requested.Translate && Array.IndexOf(TranscribeOnlyModels, model) >= 0)
        {
            throw new NotSupportedException(
                $"{names.Translate} asks for a translation, which {model} cannot do on Groq; use {TranslatingModel}.");
        }

        string format = CheckResponseFormat(requested.ResponseFormat, names);
        return requested with
        {
            FileName = requested.Url is null ? CheckFileName(requested.FileName, names) : null,
            Language = CheckLanguage(requested.Language, requested.Translate, names),
            Prompt = CheckPrompt(requested.Prompt, names),
            ResponseFormat = format,
            Temperature = requested.Temperature is { } t && (t is < 0f or > 1f || float.IsNaN(t))
                ? throw new ArgumentOutOfRangeException(names.Temperature, t, "Groq accepts a transcription temperature between 0 and 1.")
                : requested.Temperature,
            TimestampGranularities = CheckGranularities(requested.TimestampGranularities, format, names),
        };
    }

    /// <summary>
    /// An estimate of Whisper's token count, not its tokenizer: the larger of the words-and-punctuation count and
    /// UTF-8 bytes / 4. It errs high for plain English, so a prompt near the limit may be refused that Groq would take.
    /// </summary>
    public static int EstimateTokens(string text)
    {
        int pieces = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                pieces += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
                pieces += char.IsWhiteSpace(c) ? 0 : 1;
            }
        }

        return Math.Max(pieces, (Encoding.UTF8.GetByteCount(text) + 3) / 4);
    }

    private static string CheckFileName(string? fileName, AudioSettingNames names)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new ArgumentException(
                $"The audio's format is unknown: set {names.FileName} to a name with one of the extensions {string.Join(", ", AudioFormats.Extensions)}, or give the audio a MIME type.",
                names.FileName);
        }

        string? extension = AudioFormats.ExtensionOf(fileName);
        return extension is not null && AudioFormats.Extensions.Contains(extension)
            ? fileName
            : throw new NotSupportedException(
                $"{names.FileName} '{fileName}' does not name a format Groq takes; use one of {string.Join(", ", AudioFormats.Extensions)}.");
    }

    private static string CheckResponseFormat(string? format, AudioSettingNames names) => format switch
    {
        null or "" or "json" => "json",
        "verbose_json" or "text" => format,
        "vtt" or "srt" => throw new NotSupportedException(
            $"{names.ResponseFormat} '{format}' is not supported by Groq; use verbose_json and build {format} from its segments."),
        _ => throw new ArgumentException($"{names.ResponseFormat} '{format}' is not one of json, verbose_json, text.", names.ResponseFormat),
    };

    private static List<string>? CheckGranularities(IReadOnlyList<string>? granularities, string format, AudioSettingNames names)
    {
        if (granularities is not { Count: > 0 })
        {
            return null;
        }

        if (format != "verbose_json")
        {
            throw new ArgumentException(
                $"{names.TimestampGranularities} needs {names.ResponseFormat} verbose_json; it is {format}.", names.TimestampGranularities);
        }

        foreach (string granularity in granularities)
        {
            if (granularity is not ("segment" or "word"))
            {
                throw new ArgumentException($"{names.TimestampGranularities} has '{granularity}'; Groq takes segment and word.", names.TimestampGranularities);
            }
        }

        return [.. granularities.Distinct(StringComparer.Ordinal)];
    }

    private static string? CheckLanguage(string? language, bool translate, AudioSettingNames names)
    {
        if (string.IsNullOrEmpty(language))
        {
            return null;
        }

        if (translate)
        {
            throw new ArgumentException(
                $"{names.Language} is for transcription only; a translation is always English. Leave it unset or turn off {names.Translate}.", names.Language);
        }

        return language is [>= 'a' and <= 'z', >= 'a' and <= 'z']
            ? language
            : throw new ArgumentException($"{names.Language} '{language}' is not an ISO-639-1 code such as 'en' or 'fr'.", names.Language);
    }

    private static string? CheckPrompt(string? prompt, AudioSettingNames names)
    {
        if (string.IsNullOrEmpty(prompt))
        {
            return null;
        }

        int tokens = EstimateTokens(prompt);
        return tokens <= MaxPromptTokens
            ? prompt
            : throw new ArgumentException(
                $"{names.Prompt} is about {tokens} tokens (estimated); Groq takes at most {MaxPromptTokens}.", names.Prompt);
    }
}
