using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Core;
using static SemanticKernel.Connectors.Groq.Core.ForeignSettingValue;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Semantic Kernel settings for Groq speech to text. The JSON names follow SK's OpenAI audio settings, so those
/// carry over; <see cref="Translate"/> sends the audio to <c>/audio/translations</c> (English output).
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
[Experimental("SKEXP0001")]
public sealed class GroqAudioToTextExecutionSettings : PromptExecutionSettings
{
    private string _filename = string.Empty;
    private string? _language;
    private string? _prompt;
    private string _responseFormat = "json";
    private float? _temperature;
    private IList<string>? _timestampGranularities;
    private bool _translate;
    private IProgress<GroqTranscriptionProgress>? _progress;

    /// <summary>Initializes a new instance with the defaults.</summary>
    public GroqAudioToTextExecutionSettings()
    {
    }

    /// <summary>Initializes a new instance for a file name.</summary>
    /// <param name="filename">The file name sent with the audio; its extension must name the audio format.</param>
    public GroqAudioToTextExecutionSettings(string filename) => _filename = filename;

    /// <summary>
    /// The file name sent with the audio, whose extension names the format (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav,
    /// webm). Empty: taken from the audio's MIME type.
    /// </summary>
    [JsonPropertyName("filename")]
    public string Filename
    {
        get => _filename;
        set { ThrowIfFrozen(); _filename = value; }
    }

    /// <summary>The spoken language as an ISO-639-1 code (e.g. <c>en</c>); improves accuracy. Transcription only.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language
    {
        get => _language;
        set { ThrowIfFrozen(); _language = value; }
    }

    /// <summary>Context or spellings for the model, at most 224 tokens.</summary>
    [JsonPropertyName("prompt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Prompt
    {
        get => _prompt;
        set { ThrowIfFrozen(); _prompt = value; }
    }

    /// <summary><c>json</c> (default), <c>verbose_json</c> (language, duration, segments, words) or <c>text</c>.</summary>
    [JsonPropertyName("response_format")]
    public string ResponseFormat
    {
        get => _responseFormat;
        set { ThrowIfFrozen(); _responseFormat = value; }
    }

    /// <summary>Sampling temperature, 0 to 1.</summary>
    [JsonPropertyName("temperature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? Temperature
    {
        get => _temperature;
        set { ThrowIfFrozen(); _temperature = value; }
    }

    /// <summary><c>segment</c> and/or <c>word</c> timestamps; needs <c>verbose_json</c>.</summary>
    [JsonPropertyName("timestamp_granularities")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? TimestampGranularities
    {
        get => _timestampGranularities;
        set { ThrowIfFrozen(); _timestampGranularities = value; }
    }

    /// <summary>Whether to translate into English (<c>/audio/translations</c>, <c>whisper-large-v3</c> only) instead of transcribing.</summary>
    [JsonPropertyName("translate")]
    public bool Translate
    {
        get => _translate;
        set { ThrowIfFrozen(); _translate = value; }
    }

    /// <summary>Receives chunks done of total while audio over the upload limit is transcribed in chunks.</summary>
    [JsonIgnore]
    public IProgress<GroqTranscriptionProgress>? Progress
    {
        get => _progress;
        set { ThrowIfFrozen(); _progress = value; }
    }

    /// <inheritdoc />
    public override void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        base.Freeze();
        if (_timestampGranularities is not null and not ReadOnlyCollection<string>)
        {
            _timestampGranularities = new ReadOnlyCollection<string>(_timestampGranularities);
        }
    }

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new GroqAudioToTextExecutionSettings(Filename)
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        Language = Language,
        Prompt = Prompt,
        ResponseFormat = ResponseFormat,
        Temperature = Temperature,
        TimestampGranularities = TimestampGranularities is null ? null : new List<string>(TimestampGranularities),
        Translate = Translate,
        Progress = Progress,
    };

    /// <summary>
    /// Gets Groq audio settings from any execution settings: <see langword="null"/> gives defaults, Groq settings are
    /// returned as they are, anything else (a template's plain settings, SK's OpenAI audio settings) is read by its JSON
    /// names, typed properties included. Keys Groq has no field for are dropped.
    /// </summary>
    /// <param name="executionSettings">The settings to convert.</param>
    /// <returns>Groq audio settings with the values of <paramref name="executionSettings"/>.</returns>
    /// <exception cref="ArgumentException">A value has the wrong kind for its setting.</exception>
    /// <exception cref="NotSupportedException">A derived settings class, and the app disables reflection-based JSON serialization.</exception>
    public static GroqAudioToTextExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) =>
        FromExecutionSettings(executionSettings, NullLogger.Instance);

    /// <inheritdoc cref="FromExecutionSettings(PromptExecutionSettings?)"/>
    /// <param name="executionSettings">The settings to convert.</param>
    /// <param name="logger">Where each dropped key is logged.</param>
    internal static GroqAudioToTextExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings, ILogger logger) =>
        ForeignSettingsReader.Convert<GroqAudioToTextExecutionSettings>(executionSettings, logger, Apply);

    private static void Apply(GroqAudioToTextExecutionSettings target, string key, object value, ILogger logger)
    {
        switch (key)
        {
            case "filename":
                target.Filename = Text(key, value);
                break;
            case "language":
                target.Language = Text(key, value);
                break;
            case "prompt":
                target.Prompt = Text(key, value);
                break;
            case "response_format":
                target.ResponseFormat = Text(key, value);
                break;
            case "temperature":
                target.Temperature = (float)Number(key, value);
                break;
            case "timestamp_granularities":
                target.TimestampGranularities = Strings(key, value);
                break;
            case "translate":
                target.Translate = Bool(key, value);
                break;
            default:
                GroqLog.SettingIgnored(logger, key);
                break;
        }
    }
}
