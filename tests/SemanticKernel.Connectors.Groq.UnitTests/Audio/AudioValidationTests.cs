using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Every audio request Groq would refuse throws before anything is sent, naming the setting as the caller set it.</summary>
public sealed class AudioValidationTests
{
    private static readonly byte[] Wav = TestWav.Tone(16000, TimeSpan.FromSeconds(0.5));

    private static CancellationToken Ct => TestClients.Ct;

    public static TheoryData<string, GroqAudioToTextExecutionSettings, string, string> InvalidKernelSettings => new()
    {
        { "whisper-large-v3-turbo", new() { ResponseFormat = "vtt" }, nameof(NotSupportedException), "*ResponseFormat*vtt*verbose_json*" },
        { "whisper-large-v3-turbo", new() { ResponseFormat = "srt" }, nameof(NotSupportedException), "*ResponseFormat*srt*" },
        { "whisper-large-v3-turbo", new() { ResponseFormat = "xml" }, nameof(ArgumentException), "*ResponseFormat*xml*" },
        { "whisper-large-v3-turbo", new() { Temperature = 1.5f }, nameof(ArgumentOutOfRangeException), "*between 0 and 1*Temperature*" },
        { "whisper-large-v3-turbo", new() { Translate = true }, nameof(NotSupportedException), "*Translate*whisper-large-v3-turbo*whisper-large-v3*" },
        { "whisper-large-v3", new() { Translate = true, Language = "fr" }, nameof(ArgumentException), "*Language*transcription only*" },
        { "whisper-large-v3-turbo", new() { TimestampGranularities = ["word"] }, nameof(ArgumentException), "*TimestampGranularities*verbose_json*" },
        { "whisper-large-v3-turbo", new() { ResponseFormat = "verbose_json", TimestampGranularities = ["sentence"] }, nameof(ArgumentException), "*sentence*" },
        { "whisper-large-v3-turbo", new() { Language = "english" }, nameof(ArgumentException), "*Language*ISO-639-1*" },
        { "whisper-large-v3-turbo", new() { Prompt = string.Join(' ', Enumerable.Repeat("word", 300)) }, nameof(ArgumentException), "*Prompt*224*" },
        { "whisper-large-v3-turbo", new("notes.txt"), nameof(NotSupportedException), "*Filename*notes.txt*" },
        { "distil-whisper-large-v3-en", new(), nameof(NotSupportedException), "*retired*" },
    };

    [Theory]
    [MemberData(nameof(InvalidKernelSettings))]
    public async Task Invalid_kernel_setting_throws_naming_it_and_sends_nothing(
        string model, GroqAudioToTextExecutionSettings settings, string exception, string message)
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));

        Func<Task> act = () => TranscriptionRequestTests.Service(handler, model).GetTextContentsAsync(new AudioContent(Wav, "audio/wav"), settings, cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<Exception>()).Which;
        thrown.GetType().Name.Should().Be(exception);
        thrown.Message.Should().Match(message);
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Audio_of_an_unsupported_MIME_type_throws_naming_the_type()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));

        Func<Task> act = () => TranscriptionRequestTests.Service(handler).GetTextContentsAsync(new AudioContent(Wav, "audio/aac"), cancellationToken: Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*audio/aac*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Bytes_of_no_known_format_without_a_name_throw_asking_for_a_file_name()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        using var client = Client(handler);

        Func<Task> act = () => client.GetTextAsync(new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), cancellationToken: Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("SpeechToTextOptions.AdditionalProperties[\"filename\"]");
        handler.Requests.Should().BeEmpty();
    }

    public static TheoryData<SpeechToTextOptions, string, string> InvalidSpeechOptions => new()
    {
        { new() { SpeechLanguage = "fr", TextLanguage = "de" }, nameof(NotSupportedException), "*TextLanguage*other than English*" },
        { new() { TextLanguage = "de-DE" }, nameof(NotSupportedException), "*TextLanguage 'de-DE'*other than English*" },
        { new() { TextLanguage = "en" }, nameof(NotSupportedException), "*TextLanguage asks for a translation*whisper-large-v3-turbo*" },
        { new() { AdditionalProperties = new() { ["response_format"] = "srt" } }, nameof(NotSupportedException), "*AdditionalProperties[\"response_format\"]*srt*" },
        { new() { AdditionalProperties = new() { ["temperature"] = -0.1 } }, nameof(ArgumentOutOfRangeException), "*AdditionalProperties[\"temperature\"]*" },
        { new() { AdditionalProperties = new() { ["progress"] = "50%" } }, nameof(ArgumentException), "*AdditionalProperties[\"progress\"]*IProgress*" },
        { new() { SpeechLanguage = "fr", TextLanguage = "en", ModelId = "whisper-large-v3-turbo" }, nameof(NotSupportedException), "*TextLanguage*translation*" },
    };

    [Theory]
    [MemberData(nameof(InvalidSpeechOptions))]
    public async Task Invalid_speech_option_throws_naming_it_and_sends_nothing(SpeechToTextOptions options, string exception, string message)
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        using var client = Client(handler);

        Func<Task> act = () => client.GetTextAsync(new MemoryStream(Wav), options, Ct);

        var thrown = (await act.Should().ThrowAsync<Exception>()).Which;
        thrown.GetType().Name.Should().Be(exception);
        thrown.Message.Should().Match(message);
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Speech_with_pitch_volume_an_unknown_format_or_no_text_throws_before_sending()
    {
        var handler = CannedHandler.Json("{}");
        using var client = new GroqTextToSpeechClient(
            "canopylabs/orpheus-v1-english", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

        await FluentActions.Awaiting(() => client.GetAudioAsync("Hi", new TextToSpeechOptions { Pitch = 1.2f }, Ct)).Should().ThrowAsync<NotSupportedException>();
        await FluentActions.Awaiting(() => client.GetAudioAsync("Hi", new TextToSpeechOptions { Volume = 0.5f }, Ct)).Should().ThrowAsync<NotSupportedException>();
        (await FluentActions.Awaiting(() => client.GetAudioAsync("Hi", new TextToSpeechOptions { AudioFormat = "aac" }, Ct)).Should().ThrowAsync<ArgumentException>())
            .Which.ParamName.Should().Be("TextToSpeechOptions.AudioFormat");
        await FluentActions.Awaiting(() => client.GetAudioAsync(" ", cancellationToken: Ct)).Should().ThrowAsync<ArgumentException>();
        handler.Requests.Should().BeEmpty();
    }

    private static GroqSpeechToTextClient Client(CannedHandler handler) =>
        new("whisper-large-v3-turbo", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));
}
