using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Audio scenarios: transcription and translation (multipart fields, file name and type) through
/// <see cref="GroqSpeechToTextClient"/> (and <see cref="GroqAudioToTextService"/> for the <c>url</c> field, which only it
/// can send), and text to speech (a JSON body) through <see cref="GroqTextToSpeechClient"/>.
/// groq-sdk uploads the same bytes as <c>toFile(bytes, "audio.wav", { type: "audio/wav" })</c>: the name and type the
/// connector gives a WAV stream that has no name.
/// </summary>
internal static class AudioConformanceCases
{
    private const string Turbo = "whisper-large-v3-turbo";
    private const string Large = "whisper-large-v3";

    private static readonly byte[] Wav = ToneWav.Bytes(16000, 440, 880, 0);

    public static IEnumerable<ConformanceCase> All()
    {
        yield return Speech("transcriptions", "transcription-json", $$$"""{"model":"{{{Turbo}}}","language":"en","response_format":"json"}""",
            new SpeechToTextOptions { SpeechLanguage = "en", AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "json" } });

        yield return Speech("transcriptions", "transcription-verbose-json",
            $$$"""
            {"model":"{{{Turbo}}}","language":"en","prompt":"Tones, then silence.","response_format":"verbose_json",
             "temperature":0.2,"timestamp_granularities":["word","segment"]}
            """,
            new SpeechToTextOptions
            {
                SpeechLanguage = "en-GB",
                AdditionalProperties = new()
                {
                    [GroqSpeechOptionKeys.Prompt] = "Tones, then silence.",
                    [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json",
                    [GroqSpeechOptionKeys.Temperature] = 0.2f,
                    [GroqSpeechOptionKeys.TimestampGranularities] = new[] { "word", "segment" },
                },
            });

        yield return Speech("transcriptions", "transcription-text", $$$"""{"model":"{{{Turbo}}}","response_format":"text"}""",
            new SpeechToTextOptions { AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "text" } });

        yield return Speech("transcriptions", "transcription-named-file", $$$"""{"model":"{{{Turbo}}}","response_format":"json"}""",
            new SpeechToTextOptions { AdditionalProperties = new() { [GroqSpeechOptionKeys.FileName] = "standup.wav" } },
            fileName: "standup.wav");

        // groq-sdk sends only what the caller sets; the connector always names the response format, json, which is what
        // Groq uses when the field is absent (groq-api.md: "json (default)"), so both requests mean the same.
        yield return Speech("transcriptions", "transcription-defaults", $$$"""{"model":"{{{Turbo}}}"}""", null) with
        {
            AcceptedDifferences = ["form field response_format: the connector sends [json], groq-sdk does not send it"],
        };

        yield return Speech("translations", "translation", $$$"""{"model":"{{{Large}}}","prompt":"A short recording.","response_format":"json","temperature":0}""",
            new SpeechToTextOptions
            {
                SpeechLanguage = "fr",
                TextLanguage = "en",
                AdditionalProperties = new() { [GroqSpeechOptionKeys.Prompt] = "A short recording.", [GroqSpeechOptionKeys.Temperature] = 0 },
            });

        yield return Speech("translations", "translation-verbose-json", $$$"""{"model":"{{{Large}}}","response_format":"verbose_json"}""",
            new SpeechToTextOptions { SpeechLanguage = "de", TextLanguage = "en", AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json" } });

        yield return new ConformanceCase(
            new SdkCall("transcription-url", "transcriptions", $$$"""{"model":"{{{Turbo}}}","url":"https://example.com/talk.mp3","response_format":"json"}"""),
            async (emulator, ct) =>
            {
                var service = new GroqAudioToTextService(Turbo, EmulatorClients.Options(emulator));
                var texts = await service.GetTextContentsAsync(new AudioContent(new Uri("https://example.com/talk.mp3")), cancellationToken: ct);
                return new AnswerSummary(texts.Single().Text!);
            });

        yield return new ConformanceCase(
            new SdkCall("speech", "speech", """{"model":"canopylabs/orpheus-v1-english","input":"Hello there","voice":"troy","response_format":"wav"}"""),
            async (emulator, ct) =>
            {
                using var client = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", EmulatorClients.Options(emulator));
                var response = await client.GetAudioAsync("Hello there", new TextToSpeechOptions { VoiceId = "troy", AudioFormat = "wav" }, ct);
                var audio = response.Contents.OfType<DataContent>().Single();
                return AnswerSummary.FromAudio(audio.MediaType, audio.Data.Span);
            });
    }

    private static ConformanceCase Speech(string call, string id, string sdkParams, SpeechToTextOptions? options, string fileName = "audio.wav")
    {
        var sdk = new SdkCall(id, call, sdkParams, new SdkFile(Wav, fileName, "audio/wav"));
        return new(sdk, async (emulator, ct) =>
        {
            using var client = new GroqSpeechToTextClient(sdk.Model, EmulatorClients.Options(emulator));
            var response = await client.GetTextAsync(new MemoryStream(Wav), options, ct);
            return new AnswerSummary(response.Text);
        });
    }
}
