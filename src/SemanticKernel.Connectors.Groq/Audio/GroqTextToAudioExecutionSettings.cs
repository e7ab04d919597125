using System.Text.Json.Serialization;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq;

/// <summary>Semantic Kernel settings for Groq text to speech (<c>/audio/speech</c>).</summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
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

    /// <summary>Gets Groq speech settings from any execution settings, reading a plain template's by their JSON names.</summary>
    /// <param name="executionSettings">The settings to convert.</param>
    /// <returns>Groq speech settings with the values of <paramref name="executionSettings"/>.</returns>
    public static GroqTextToAudioExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings)
    {
        switch (executionSettings)
        {
            case null:
                return new GroqTextToAudioExecutionSettings();
            case GroqTextToAudioExecutionSettings groq:
                return groq;
        }

        var settings = new GroqTextToAudioExecutionSettings { ModelId = executionSettings.ModelId, ServiceId = executionSettings.ServiceId };
        var extra = executionSettings.ExtensionData ?? new Dictionary<string, object>();
        settings.Voice = Text(extra, "voice");
        settings.ResponseFormat = Text(extra, "response_format");
        settings.SampleRate = extra.TryGetValue("sample_rate", out object? rate) ? Convert.ToInt32(Plain(rate), System.Globalization.CultureInfo.InvariantCulture) : null;
        settings.Speed = extra.TryGetValue("speed", out object? speed) ? Convert.ToSingle(Plain(speed), System.Globalization.CultureInfo.InvariantCulture) : null;
        return settings;
    }

    private static string? Text(IDictionary<string, object> extra, string key) =>
        extra.TryGetValue(key, out object? value) ? Plain(value)?.ToString() : null;

    private static object? Plain(object? value) => value is System.Text.Json.JsonElement e
        ? e.ValueKind switch
        {
            System.Text.Json.JsonValueKind.String => e.GetString(),
            System.Text.Json.JsonValueKind.Number => e.GetDouble(),
            _ => e.GetRawText(),
        }
        : value;
}
