using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Audio;

/// <summary>Text-to-speech settings to Groq's <c>/audio/speech</c> body, and the MIME type of the answer (pure).</summary>
internal static class SpeechRequestMapper
{
    private static readonly string[] Formats = ["wav", "mp3", "flac", "ogg", "mulaw"];
    private static readonly string[] OpenAIVoices = ["alloy", "ash", "ballad", "cedar", "coral", "echo", "fable", "marin", "nova", "onyx", "sage", "shimmer", "verse"];

    /// <summary>The request body; <paramref name="names"/> name the caller's settings in exceptions.</summary>
    public static WireSpeechRequest ToWireRequest(
        string model, string text, string? voice, string? format, int? sampleRate, float? speed, SpeechSettingNames names)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        string? wireFormat = NormalizeFormat(format);
        if (format is not null && wireFormat is null)
        {
            throw new ArgumentException($"{names.ResponseFormat} '{format}' is not one of {string.Join(", ", Formats)}.", names.ResponseFormat);
        }

        // SK's OpenAI text-to-audio settings default to an OpenAI voice, which Groq would refuse after the round trip.
        if (voice is not null && Array.IndexOf(OpenAIVoices, voice.ToLowerInvariant()) >= 0)
        {
            throw new NotSupportedException(
                $"{names.Voice} '{voice}' is an OpenAI voice, which Groq does not have; use one of the model's voices (e.g. troy or autumn, " +
                "fahad for Arabic) or leave it unset for the model's default.");
        }

        return new WireSpeechRequest
        {
            Model = model,
            Input = text,
            Voice = string.IsNullOrWhiteSpace(voice) ? DefaultVoice(model) : voice,
            ResponseFormat = wireFormat,
            SampleRate = sampleRate is <= 0 ? throw new ArgumentOutOfRangeException(names.SampleRate, sampleRate, "The sample rate must be positive.") : sampleRate,
            Speed = speed is { } s && (s <= 0 || float.IsNaN(s)) ? throw new ArgumentOutOfRangeException(names.Speed, speed, "The speed must be positive.") : speed,
        };
    }

    /// <summary>The MIME type of audio in a Groq response format (the answer's Content-Type wins when it has one).</summary>
    public static string MediaTypeFor(string? format) => format switch
    {
        "mp3" => "audio/mpeg",
        "flac" => "audio/flac",
        "ogg" => "audio/ogg",
        "mulaw" => "audio/basic",
        _ => "audio/wav",
    };

    /// <summary>A format name or MIME type (MEAI's <c>AudioFormat</c> may be either) as Groq's format name, or <see langword="null"/>.</summary>
    private static string? NormalizeFormat(string? format) => format?.ToLowerInvariant() switch
    {
        null => null,
        "wav" or "audio/wav" or "audio/x-wav" or "audio/wave" => "wav",
        "mp3" or "audio/mpeg" or "audio/mp3" => "mp3",
        "flac" or "audio/flac" => "flac",
        "ogg" or "audio/ogg" => "ogg",
        "mulaw" or "audio/basic" or "audio/mulaw" => "mulaw",
        _ => null,
    };

    private static string DefaultVoice(string model) => model.Contains("arabic", StringComparison.OrdinalIgnoreCase) ? "fahad" : "troy";
}
