using System.Security.Cryptography;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Speech to text and text to speech through the SK and MEAI facades against the emulator over sockets.</summary>
public sealed class AudioOverSocketTests
{
    private static readonly int[] TonesThenSilence = [440, 880, 660, 550, 770, 0, 0, 0, 0, 0];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verbose_transcript_through_MEAI_has_words_segments_duration_and_quality_flags()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator));
        byte[] wav = ToneWav.Bytes(16000, TonesThenSilence);

        var response = await client.GetTextAsync(new MemoryStream(wav), new SpeechToTextOptions
        {
            SpeechLanguage = "en-US",
            AdditionalProperties = new()
            {
                [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json",
                [GroqSpeechOptionKeys.TimestampGranularities] = new[] { "segment", "word" },
            },
        }, Ct);

        response.Text.Should().Be(" tone440 tone880 tone660 tone550 tone770");
        response.StartTime.Should().Be(TimeSpan.Zero);
        response.EndTime.Should().Be(TimeSpan.FromSeconds(10));
        response.ResponseId.Should().StartWith("req_");
        response.ModelId.Should().Be("whisper-large-v3-turbo");
        var properties = response.AdditionalProperties!;
        properties[GroqMetadataKeys.Language].Should().Be("English");
        var words = properties[GroqMetadataKeys.Words].Should().BeAssignableTo<IReadOnlyList<GroqTranscriptionWord>>().Subject;
        words.Select(w => w.Word).Should().Equal(ToneWav.Words(TonesThenSilence));
        words[4].Should().Be(new GroqTranscriptionWord("tone770", TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)));
        var segments = properties[GroqMetadataKeys.Segments].Should().BeAssignableTo<IReadOnlyList<GroqTranscriptionSegment>>().Subject;
        segments.Should().HaveCount(2);
        segments[0].Quality.Should().Be(GroqSegmentQuality.None);
        segments[1].Text.Should().BeEmpty();
        segments[1].Quality.Should().Be(GroqSegmentQuality.LikelySilence | GroqSegmentQuality.LowConfidence);

        var sent = emulator.Requests.Should().ContainSingle().Subject;
        sent.Path.Should().EndWith("/audio/transcriptions");
        sent.Form["model"].Should().Equal("whisper-large-v3-turbo");
        sent.Form["language"].Should().Equal("en");
        sent.Form["response_format"].Should().Equal("verbose_json");
        sent.Form["timestamp_granularities[]"].Should().Equal("segment", "word");
        var file = sent.Files.Should().ContainSingle().Subject;
        file.Name.Should().Be("file");
        file.FileName.Should().Be("audio.wav", "the name comes from the bytes when the stream has none");
        file.ContentType.Should().Be("audio/wav");
        file.Length.Should().Be(wav.Length);
        file.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(wav)));
    }

    [Fact]
    public async Task SK_service_names_the_upload_from_the_MIME_type_and_returns_the_text_with_the_request_id()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var service = new GroqAudioToTextService("whisper-large-v3-turbo", EmulatorClients.Options(emulator));

        var texts = await service.GetTextContentsAsync(new AudioContent(ToneWav.Bytes(16000, 440, 880), "audio/x-wav"), cancellationToken: Ct);

        var text = texts.Should().ContainSingle().Subject;
        text.Text.Should().Be(" tone440 tone880");
        text.ModelId.Should().Be("whisper-large-v3-turbo");
        text.Metadata![GroqMetadataKeys.RequestId].Should().BeOfType<string>().Which.Should().StartWith("req_");
        text.Metadata.Should().NotContainKey(GroqMetadataKeys.Segments, "json answers carry only the text");
        var sent = emulator.Requests.Single();
        sent.Files.Single().FileName.Should().Be("audio.wav");
        sent.Form["response_format"].Should().Equal("json");
        sent.Form.Should().NotContainKey("language");
    }

    [Fact]
    public async Task English_text_for_French_speech_is_a_translation_without_a_language_field()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqSpeechToTextClient("whisper-large-v3", EmulatorClients.Options(emulator));

        var response = await client.GetTextAsync(
            new MemoryStream(ToneWav.Bytes(16000, 440)), new SpeechToTextOptions { SpeechLanguage = "fr", TextLanguage = "en" }, Ct);

        response.Text.Should().Be(" tone440");
        var sent = emulator.Requests.Single();
        sent.Path.Should().EndWith("/audio/translations");
        sent.Form.Should().NotContainKey("language");
        sent.Form["model"].Should().Equal("whisper-large-v3");
    }

    [Fact]
    public async Task Audio_content_with_only_an_https_uri_is_sent_as_the_url_field()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var service = new GroqAudioToTextService("whisper-large-v3-turbo", EmulatorClients.Options(emulator));

        var texts = await service.GetTextContentsAsync(new AudioContent(new Uri("https://example.com/talk.mp3")), cancellationToken: Ct);

        texts.Single().Text.Should().Be(" Emulated transcription of https://example.com/talk.mp3");
        var sent = emulator.Requests.Single();
        sent.Form["url"].Should().Equal("https://example.com/talk.mp3");
        sent.Files.Should().BeEmpty();
    }

    [Fact]
    public async Task A_429_on_an_upload_is_retried_with_the_same_bytes()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(429, "Slow down", "requests", "rate_limit_exceeded").WithHeader("retry-after", "0"));
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator, maxRetries: 1));

        var response = await client.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 660)), cancellationToken: Ct);

        response.Text.Should().Be(" tone660");
        emulator.Requests.Should().HaveCount(2);
        emulator.Requests.Select(r => r.StatusCode).Should().Equal(429, 200);
        emulator.Requests[1].Files.Single().Sha256.Should().Be(emulator.Requests[0].Files.Single().Sha256);
    }

    [Fact]
    public async Task Text_to_speech_returns_the_audio_with_its_MIME_type_through_SK_and_MEAI()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var service = new GroqTextToAudioService("canopylabs/orpheus-v1-english", EmulatorClients.Options(emulator));
        using var client = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", EmulatorClients.Options(emulator));

        var audio = (await service.GetAudioContentsAsync("Hello", new GroqTextToAudioExecutionSettings { Voice = "autumn" }, cancellationToken: Ct)).Single();
        var speech = await client.GetAudioAsync("Hello", new TextToSpeechOptions { VoiceId = "troy", AudioFormat = "audio/mpeg" }, Ct);

        audio.MimeType.Should().Be("audio/wav");
        audio.Data!.Value.Span[..4].ToArray().Should().Equal("RIFF"u8.ToArray());
        var mp3 = speech.Contents.OfType<DataContent>().Single();
        mp3.MediaType.Should().Be("audio/mpeg");
        mp3.Data.Span[..3].ToArray().Should().Equal("ID3"u8.ToArray());
        emulator.Requests[0].Json!.Value.GetProperty("voice").GetString().Should().Be("autumn");
        emulator.Requests[1].Json!.Value.GetProperty("response_format").GetString().Should().Be("mp3");
    }
}
