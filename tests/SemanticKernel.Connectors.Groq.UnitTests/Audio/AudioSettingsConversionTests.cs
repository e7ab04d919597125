using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Other connectors' audio settings (SK's OpenAI ones, a template's plain ones) read into Groq's by their JSON names.</summary>
public sealed class AudioSettingsConversionTests
{
    private static readonly byte[] Wav = TestWav.Tone(16000, TimeSpan.FromSeconds(0.5));

    private static CancellationToken Ct => TestClients.Ct;

    [Fact]
    public async Task OpenAI_audio_to_text_settings_reach_the_wire_through_their_typed_properties()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        var openAi = new OpenAIAudioToTextExecutionSettings("talk.wav")
        {
            ModelId = "whisper-large-v3",
            Language = "fr",
            Prompt = "Groq, Kernel",
            ResponseFormat = "verbose_json",
            Temperature = 0.25f,
            TimestampGranularities = ["word"],
        };

        await TranscriptionRequestTests.Service(handler).GetTextContentsAsync(new AudioContent(Wav, "audio/wav"), openAi, cancellationToken: Ct);

        var parts = Multipart.Parse(handler.Requests.Single());
        parts[0].FileName.Should().Be("talk.wav");
        parts.Skip(1).Select(p => (p.Name, p.Text)).Should().Equal(
            ("model", "whisper-large-v3"), ("language", "fr"), ("prompt", "Groq, Kernel"), ("response_format", "verbose_json"),
            ("temperature", "0.25"), ("timestamp_granularities[]", "word"));
    }

    [Theory]
    [InlineData("vtt", nameof(NotSupportedException))]
    [InlineData("srt", nameof(NotSupportedException))]
    [InlineData("xml", nameof(ArgumentException))]
    public async Task OpenAI_response_format_Groq_lacks_throws_naming_the_setting_and_sends_nothing(string format, string exception)
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        var openAi = new OpenAIAudioToTextExecutionSettings("talk.wav") { ResponseFormat = format };

        Func<Task> act = () => TranscriptionRequestTests.Service(handler).GetTextContentsAsync(new AudioContent(Wav, "audio/wav"), openAi, cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<Exception>()).Which;
        thrown.GetType().Name.Should().Be(exception);
        thrown.Message.Should().Contain($"GroqAudioToTextExecutionSettings.ResponseFormat '{format}'");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Template_values_given_as_text_are_read_by_their_json_names()
    {
        using var doc = JsonDocument.Parse("""{"translate":"true","temperature":"0.5","timestamp_granularities":["segment"],"language":null}""");
        var plain = new PromptExecutionSettings
        {
            ModelId = "whisper-large-v3",
            ExtensionData = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone()),
        };

        var settings = GroqAudioToTextExecutionSettings.FromExecutionSettings(plain);

        settings.ModelId.Should().Be("whisper-large-v3");
        settings.Translate.Should().BeTrue();
        settings.Temperature.Should().Be(0.5f);
        settings.TimestampGranularities.Should().Equal("segment");
        settings.Language.Should().BeNull();
    }

    [Fact]
    public void Keys_Groq_has_no_audio_field_for_are_dropped_and_logged()
    {
        var logger = new CapturingLogger();
        var plain = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["prompt"] = "Groq", ["chunking_strategy"] = "auto" } };

        var settings = GroqAudioToTextExecutionSettings.FromExecutionSettings(plain, logger);

        settings.Prompt.Should().Be("Groq");
        settings.ExtensionData.Should().BeNull();
        logger.Entries.Should().ContainSingle().Which.Should().Match<(LogLevel Level, string Message)>(
            e => e.Level == LogLevel.Warning && e.Message.Contains("chunking_strategy"));
    }

    [Fact]
    public void Audio_values_of_the_wrong_kind_throw_naming_their_key()
    {
        var translate = () => GroqAudioToTextExecutionSettings.FromExecutionSettings(Plain("translate", "maybe"));
        var granularities = () => GroqAudioToTextExecutionSettings.FromExecutionSettings(Plain("timestamp_granularities", 5));
        var sampleRate = () => GroqTextToAudioExecutionSettings.FromExecutionSettings(Plain("sample_rate", 22050.5));

        translate.Should().Throw<ArgumentException>().WithMessage("*\"translate\"*true or false*maybe*");
        granularities.Should().Throw<ArgumentException>().WithMessage("*\"timestamp_granularities\"*list of strings*");
        sampleRate.Should().Throw<ArgumentException>().WithMessage("*\"sample_rate\"*whole number*");
    }

    [Fact]
    public async Task OpenAI_text_to_audio_settings_reach_the_wire_through_their_typed_properties()
    {
        var handler = new CannedHandler(System.Net.HttpStatusCode.OK, "RIFF", "audio/mpeg");
        var openAi = new OpenAITextToAudioExecutionSettings("troy") { ModelId = "canopylabs/orpheus-v1-english", ResponseFormat = "mp3", Speed = 1.5f };

        var audio = (await SpeechService(handler).GetAudioContentsAsync("Hello", openAi, cancellationToken: Ct)).Single();

        var body = handler.Requests.Single().BodyJson;
        body.GetProperty("model").GetString().Should().Be("canopylabs/orpheus-v1-english");
        body.GetProperty("voice").GetString().Should().Be("troy");
        body.GetProperty("response_format").GetString().Should().Be("mp3");
        body.GetProperty("speed").GetSingle().Should().Be(1.5f);
        audio.ModelId.Should().Be("canopylabs/orpheus-v1-english");
    }

    [Fact]
    public void Template_speech_values_including_typed_text_are_read()
    {
        using var doc = JsonDocument.Parse("""{"voice":"autumn","sample_rate":"24000","speed":0.75}""");
        var plain = new PromptExecutionSettings { ExtensionData = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone()) };

        var settings = GroqTextToAudioExecutionSettings.FromExecutionSettings(plain);

        settings.Voice.Should().Be("autumn");
        settings.SampleRate.Should().Be(24000);
        settings.Speed.Should().Be(0.75f);
    }

    [Fact]
    public async Task OpenAI_default_voice_throws_naming_the_voice_setting_and_sends_nothing()
    {
        var handler = new CannedHandler(System.Net.HttpStatusCode.OK, "RIFF", "audio/wav");

        Func<Task> act = () => SpeechService(handler).GetAudioContentsAsync("Hello", new OpenAITextToAudioExecutionSettings(), cancellationToken: Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("GroqTextToAudioExecutionSettings.Voice 'alloy' is an OpenAI voice*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task OpenAI_speech_format_Groq_lacks_throws_naming_the_format_setting()
    {
        var handler = new CannedHandler(System.Net.HttpStatusCode.OK, "RIFF", "audio/wav");

        Func<Task> act = () => SpeechService(handler).GetAudioContentsAsync("Hello", new OpenAITextToAudioExecutionSettings("troy") { ResponseFormat = "opus" }, cancellationToken: Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("GroqTextToAudioExecutionSettings.ResponseFormat");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task MEAI_OpenAI_voice_throws_naming_VoiceId()
    {
        var handler = new CannedHandler(System.Net.HttpStatusCode.OK, "RIFF", "audio/wav");
        using var client = new GroqTextToSpeechClient(
            "canopylabs/orpheus-v1-english", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

        Func<Task> act = () => client.GetAudioAsync("Hello", new TextToSpeechOptions { VoiceId = "Nova" }, Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("TextToSpeechOptions.VoiceId 'Nova'*");
        handler.Requests.Should().BeEmpty();
    }

    private static PromptExecutionSettings Plain(string key, object value) => new() { ExtensionData = new Dictionary<string, object> { [key] = value } };

    private static GroqTextToAudioService SpeechService(CannedHandler handler) =>
        new("canopylabs/orpheus-v1-english", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));
}
