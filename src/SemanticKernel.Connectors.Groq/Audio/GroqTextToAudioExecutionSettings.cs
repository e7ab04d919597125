using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Core;
using static SemanticKernel.Connectors.Groq.Core.ForeignSettingValue;

namespace SemanticKernel.Connectors.Groq;

/// <summary>Semantic Kernel settings for Groq text to speech (<c>/audio/speech</c>).</summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
[Experimental("SKEXP0001")]
public sealed class GroqTextToAudioExecutionSettings : PromptExecutionSettings
{
    private string? _voice;
    private string? _responseFormat;
    private int? _sampleRate;
    private float? _speed;

    /// <summary>The voice, e.g. <c>troy</c>, <c>autumn</c> (English) or <c>fahad</c> (Arabic). Default: one of the model's voices.</summary>
    [JsonPropertyName("voice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Voice
    {
        get => _voice;
        set { ThrowIfFrozen(); _voice = value; }
    }

    /// <summary><c>wav</c> (Groq's default), <c>mp3</c>, <c>flac</c>, <c>ogg</c> or <c>mulaw</c>.</summary>
    [JsonPropertyName("response_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ResponseFormat
    {
        get => _responseFormat;
        set { ThrowIfFrozen(); _responseFormat = value; }
    }

    /// <summary>The sample rate of the audio in Hz.</summary>
    [JsonPropertyName("sample_rate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SampleRate
    {
        get => _sampleRate;
        set { ThrowIfFrozen(); _sampleRate = value; }
    }

    /// <summary>How fast to speak; 1 is normal.</summary>
    [JsonPropertyName("speed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? Speed
    {
        get => _speed;
        set { ThrowIfFrozen(); _speed = value; }
    }

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new GroqTextToAudioExecutionSettings
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        Voice = Voice,
        ResponseFormat = ResponseFormat,
        SampleRate = SampleRate,
        Speed = Speed,
    };

    /// <summary>
    /// Gets Groq speech settings from any execution settings: <see langword="null"/> gives defaults, Groq settings are
    /// returned as they are, anything else (a template's plain settings, SK's OpenAI text-to-audio settings) is read by
    /// its JSON names, typed properties included. Keys Groq has no field for are dropped.
    /// </summary>
    /// <param name="executionSettings">The settings to convert.</param>
    /// <returns>Groq speech settings with the values of <paramref name="executionSettings"/>.</returns>
    /// <exception cref="ArgumentException">A value has the wrong kind for its setting.</exception>
    /// <exception cref="NotSupportedException">A derived settings class, and the app disables reflection-based JSON serialization.</exception>
    public static GroqTextToAudioExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) =>
        FromExecutionSettings(executionSettings, NullLogger.Instance);

    /// <inheritdoc cref="FromExecutionSettings(PromptExecutionSettings?)"/>
    /// <param name="executionSettings">The settings to convert.</param>
    /// <param name="logger">Where each dropped key is logged.</param>
    internal static GroqTextToAudioExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings, ILogger logger) =>
        ForeignSettingsReader.Convert<GroqTextToAudioExecutionSettings>(executionSettings, logger, Apply);

    private static void Apply(GroqTextToAudioExecutionSettings target, string key, object value, ILogger logger)
    {
        switch (key)
        {
            case "voice":
                target.Voice = Text(key, value);
                break;
            case "response_format":
                target.ResponseFormat = Text(key, value);
                break;
            case "sample_rate":
                target.SampleRate = checked((int)Integer(key, value));
                break;
            case "speed":
                target.Speed = (float)Number(key, value);
                break;
            default:
                GroqLog.SettingIgnored(logger, key);
                break;
        }
    }
}
