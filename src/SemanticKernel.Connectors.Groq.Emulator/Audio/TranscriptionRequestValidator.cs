using System.Collections.Frozen;
using System.Globalization;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Validates a transcription or translation form as strictly as Groq: unknown or repeated fields, model, exactly one of
/// <c>file</c>/<c>url</c>, file type and size, <c>response_format</c>, <c>temperature</c>, <c>timestamp_granularities[]</c>,
/// <c>language</c>, the 224-token <c>prompt</c> (see <see cref="PromptTokenEstimate"/>) and the 0.01 s minimum of a WAV.
/// </summary>
internal static class TranscriptionRequestValidator
{
    public const string TranscriptionModel = "whisper-large-v3";
    public const string TurboModel = "whisper-large-v3-turbo";
    private const string Granularities = "timestamp_granularities[]";
    private const string GranularitiesParam = "timestamp_granularities";
    private const double MinimumSeconds = 0.01;

    private static readonly FrozenSet<string> TextFields = FrozenSet.Create(
        StringComparer.Ordinal, "file", "url", "model", "language", "prompt", "response_format", "temperature", Granularities);

    private static readonly FrozenSet<string> Extensions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "flac", "mp3", "mp4", "mpeg", "mpga", "m4a", "ogg", "wav", "webm");

    /// <exception cref="GroqErrorException">The request is invalid; the exception carries Groq's error.</exception>
    public static TranscriptionRequest Validate(AudioForm? form, bool translate, EmulatorState state)
    {
        if (form is null)
        {
            throw Fail("Invalid request: the Content-Type must be multipart/form-data.");
        }

        if (form.TooLarge)
        {
            throw new GroqErrorException(new GroqError(
                413,
                $"Request Entity Too Large: the audio file is larger than the maximum of {state.Options.MaxAudioBytes} bytes. Use `url` or split the audio into smaller files.",
                Code: "request_too_large"));
        }

        if (form.Error is not null)
        {
            throw new GroqErrorException(form.Error);
        }

        var fields = form.FieldsByName();
        CheckNames(form, fields);
        var model = ValidateModel(Single(fields, "model"), translate, state);
        var (file, url) = ValidateSource(form, fields);
        var responseFormat = Single(fields, "response_format") ?? "json";
        if (responseFormat is not ("json" or "verbose_json" or "text"))
        {
            throw Fail($"`response_format` must be one of `json`, `verbose_json`, `text`; `{responseFormat}` is not supported", "response_format");
        }

        var temperature = ValidateTemperature(Single(fields, "temperature"));
        var (segments, words) = ValidateGranularities(fields, responseFormat);
        var language = ValidateLanguage(Single(fields, "language"), translate);
        if (Single(fields, "prompt") is { } prompt && PromptTokenEstimate.Count(prompt) > PromptTokenEstimate.MaxTokens)
        {
            throw Fail($"`prompt` is too long: at most {PromptTokenEstimate.MaxTokens} tokens are allowed", "prompt");
        }

        if (file?.Wav is { Duration: < MinimumSeconds })
        {
            throw Fail("Audio file is too short. Minimum audio length is 0.01 seconds.", "file");
        }

        return new TranscriptionRequest
        {
            Translate = translate,
            Model = model,
            Language = language,
            ResponseFormat = responseFormat,
            Temperature = temperature,
            SegmentTimestamps = segments,
            WordTimestamps = words,
            File = file,
            Url = url,
        };
    }

    private static void CheckNames(AudioForm form, IReadOnlyDictionary<string, IReadOnlyList<string>> fields)
    {
        foreach (var (name, values) in fields)
        {
            if (!TextFields.Contains(name))
            {
                throw Fail($"property '{name}' is unsupported", name);
            }

            if (values.Count > 1 && name != Granularities)
            {
                throw Fail($"property '{name}' must be given at most once", name);
            }
        }

        foreach (var file in form.Files)
        {
            if (file.Record.Name != "file")
            {
                throw Fail($"property '{file.Record.Name}' is unsupported", file.Record.Name);
            }
        }

        if (form.Files.Count > 1)
        {
            throw Fail("property 'file' must be given at most once", "file");
        }
    }

    private static string ValidateModel(string? model, bool translate, EmulatorState state)
    {
        if (string.IsNullOrEmpty(model))
        {
            throw Fail("property 'model' is missing", "model");
        }

        if (!state.IsKnownModel(model))
        {
            throw new GroqErrorException(GroqError.ModelNotFound(model));
        }

        if (!state.IsActiveModel(model))
        {
            throw new GroqErrorException(GroqError.ModelDecommissioned(model));
        }

        if (model is not (TranscriptionModel or TurboModel))
        {
            throw Fail($"The model `{model}` does not support audio {(translate ? "translations" : "transcriptions")}.", "model");
        }

        if (translate && model == TurboModel)
        {
            throw Fail($"The model `{TurboModel}` does not support translations; use `{TranscriptionModel}`.", "model");
        }

        return model;
    }

    private static (AudioFormFile? File, string? Url) ValidateSource(AudioForm form, IReadOnlyDictionary<string, IReadOnlyList<string>> fields)
    {
        if (fields.ContainsKey("file"))
        {
            throw Fail("`file` must be a file upload with a filename", "file");
        }

        var file = form.Files.Count == 1 ? form.Files[0] : null;
        var url = Single(fields, "url");
        if (file is null && url is null)
        {
            throw Fail("either `file` or `url` must be provided", "file");
        }

        if (file is not null && url is not null)
        {
            throw Fail("`file` and `url` cannot both be provided", "url");
        }

        if (url is not null)
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? (null, url)
                : throw Fail("`url` must be an absolute http or https URL", "url");
        }

        var extension = Path.GetExtension(file!.Record.FileName).TrimStart('.');
        if (!Extensions.Contains(extension))
        {
            throw Fail(
                $"file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg wav webm]; `{file.Record.FileName}` is not",
                "file");
        }

        if (file.Record.Length == 0)
        {
            throw Fail("file is empty", "file");
        }

        return (file, null);
    }

    private static double? ValidateTemperature(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var temperature) || !double.IsFinite(temperature))
        {
            throw Fail("`temperature` must be a number", "temperature");
        }

        return temperature is < 0 or > 1 ? throw Fail("`temperature` must be between 0 and 1", "temperature") : temperature;
    }

    private static (bool Segments, bool Words) ValidateGranularities(IReadOnlyDictionary<string, IReadOnlyList<string>> fields, string responseFormat)
    {
        if (!fields.TryGetValue(Granularities, out var values))
        {
            return (true, false);
        }

        foreach (var value in values)
        {
            if (value is not ("segment" or "word"))
            {
                throw Fail($"`timestamp_granularities` values must be `segment` or `word`; `{value}` is not supported", GranularitiesParam);
            }
        }

        if (responseFormat != "verbose_json")
        {
            throw Fail("`timestamp_granularities` requires `response_format` to be `verbose_json`", GranularitiesParam);
        }

        return (values.Contains("segment"), values.Contains("word"));
    }

    private static string? ValidateLanguage(string? language, bool translate)
    {
        if (language is null)
        {
            return null;
        }

        if (translate)
        {
            throw Fail("`language` is not supported for translations: the output is always English", "language");
        }

        if (language.Length != 2 || !char.IsAsciiLetterLower(language[0]) || !char.IsAsciiLetterLower(language[1]))
        {
            throw Fail($"`language` must be a two-letter lower-case ISO-639-1 code; `{language}` is not", "language");
        }

        return WhisperLanguages.TryGetName(language, out _) ? language : throw Fail($"`language` `{language}` is not supported", "language");
    }

    private static string? Single(IReadOnlyDictionary<string, IReadOnlyList<string>> fields, string name) =>
        fields.TryGetValue(name, out var values) ? values[0] : null;

    private static GroqErrorException Fail(string message, string? param = null) => new(GroqError.BadRequest(message, param));
}
