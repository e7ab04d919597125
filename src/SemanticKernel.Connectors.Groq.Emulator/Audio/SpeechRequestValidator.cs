using System.Collections.Frozen;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Chat;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>
/// Validates an <c>/audio/speech</c> body as strictly as Groq: only <c>model</c>, <c>input</c>, <c>voice</c>,
/// <c>response_format</c> (wav, mp3, flac, ogg, mulaw), <c>sample_rate</c> (8000, 16000, 22050, 24000, 32000, 44100, 48000)
/// and <c>speed</c> (0.5..5); the voice must belong to the Orpheus model.
/// </summary>
internal static class SpeechRequestValidator
{
    public const int DefaultSampleRate = 24000;

    private static readonly FrozenSet<string> AllowedKeys = FrozenSet.Create(
        StringComparer.Ordinal, "model", "input", "voice", "response_format", "sample_rate", "speed");

    private static readonly FrozenDictionary<string, string[]> Voices = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["canopylabs/orpheus-v1-english"] = ["autumn", "diana", "hannah", "austin", "daniel", "troy"],
        ["canopylabs/orpheus-arabic-saudi"] = ["fahad", "sultan", "lulwa", "noura"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly int[] SampleRates = [8000, 16000, 22050, 24000, 32000, 44100, 48000];

    /// <exception cref="GroqErrorException">The request is invalid; the exception carries Groq's error.</exception>
    public static SpeechRequest Validate(JsonElement? body, EmulatorState state)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            throw new GroqErrorException(GroqError.BadRequest("We could not parse the JSON body of your request. The API expects a JSON object."));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!AllowedKeys.Contains(property.Name))
            {
                throw new GroqErrorException(GroqError.BadRequest($"property '{property.Name}' is unsupported", property.Name));
            }
        }

        var model = JsonChecks.OptionalString(root, "model", "model") ?? throw JsonChecks.Fail("model", "property 'model' is missing");
        if (!state.IsKnownModel(model))
        {
            throw new GroqErrorException(GroqError.ModelNotFound(model));
        }

        if (!state.IsActiveModel(model))
        {
            throw new GroqErrorException(GroqError.ModelDecommissioned(model));
        }

        if (!Voices.TryGetValue(model, out var voices))
        {
            throw new GroqErrorException(GroqError.BadRequest($"The model `{model}` does not support text to speech.", "model"));
        }

        var input = JsonChecks.OptionalString(root, "input", "input") ?? throw JsonChecks.Fail("input", "property 'input' is missing");
        if (string.IsNullOrWhiteSpace(input))
        {
            throw JsonChecks.Fail("input", "value must not be empty");
        }

        var voice = JsonChecks.OptionalString(root, "voice", "voice") ?? throw JsonChecks.Fail("voice", "property 'voice' is missing");
        if (!voices.Contains(voice, StringComparer.Ordinal))
        {
            throw JsonChecks.Fail("voice", $"voice '{voice}' is not available for model `{model}`; choose one of {string.Join(", ", voices)}");
        }

        var format = JsonChecks.OptionalEnum(root, "response_format", "response_format", "wav", "mp3", "flac", "ogg", "mulaw") ?? "wav";
        var sampleRate = JsonChecks.OptionalInteger(root, "sample_rate", "sample_rate", 1, int.MaxValue) ?? DefaultSampleRate;
        if (!SampleRates.Contains((int)sampleRate))
        {
            throw JsonChecks.Fail("sample_rate", $"value must be one of {string.Join(", ", SampleRates)}");
        }

        var speed = JsonChecks.OptionalNumber(root, "speed", "speed", 0.5, 5) ?? 1;
        return new SpeechRequest(model, input, voice, format, (int)sampleRate, speed);
    }
}
