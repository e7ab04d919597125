using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Audio;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Both facades map into one <see cref="TranscriptionRequest"/>, checked once, with refusals in each caller's own names.</summary>
public sealed class TranscriptionRequestMappingTests
{
    private const string DefaultModel = "whisper-large-v3-turbo";

    [Fact]
    public void Kernel_settings_and_speech_options_saying_the_same_map_to_the_same_request()
    {
        var progress = new Progress<GroqTranscriptionProgress>();
        var kernel = new GroqAudioToTextExecutionSettings("talk.wav")
        {
            ModelId = "whisper-large-v3",
            Language = "fr",
            Prompt = "Groq",
            ResponseFormat = "verbose_json",
            Temperature = 0.5f,
            TimestampGranularities = ["word", "segment"],
            Progress = progress,
        };
        var speech = new SpeechToTextOptions
        {
            ModelId = "whisper-large-v3",
            SpeechLanguage = "fr-FR",
            AdditionalProperties = new()
            {
                [GroqSpeechOptionKeys.FileName] = "talk.wav",
                [GroqSpeechOptionKeys.Prompt] = "Groq",
                [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json",
                [GroqSpeechOptionKeys.Temperature] = 0.5,
                [GroqSpeechOptionKeys.TimestampGranularities] = new[] { "word", "segment" },
                [GroqSpeechOptionKeys.Progress] = progress,
            },
        };

        var fromKernel = KernelAudioSettingsMapper.ToRequest(kernel, DefaultModel);
        var fromSpeech = SpeechOptionsMapper.ToRequest(speech, DefaultModel);

        fromSpeech.Should().BeEquivalentTo(fromKernel, options => options.ComparingByMembers<TranscriptionRequest>());
        fromKernel.Should().BeEquivalentTo(new
        {
            Model = "whisper-large-v3", Translate = false, FileName = "talk.wav", Url = (Uri?)null, Language = "fr", Prompt = "Groq",
            ResponseFormat = "verbose_json", Temperature = 0.5f, TimestampGranularities = new[] { "word", "segment" }, Progress = progress,
        });
    }

    [Fact]
    public void Defaults_of_either_facade_map_to_the_same_request_on_the_default_model()
    {
        var fromKernel = KernelAudioSettingsMapper.ToRequest(new GroqAudioToTextExecutionSettings(), DefaultModel);
        var fromSpeech = SpeechOptionsMapper.ToRequest(null, DefaultModel);

        fromSpeech.Should().Be(fromKernel);
        fromKernel.Should().Be(new TranscriptionRequest(DefaultModel, false, null, null, null, null, "json", null, null));
    }

    [Theory]
    [InlineData("fr", "en", true, null)]
    [InlineData(null, "en", true, null)]
    [InlineData(null, "en-GB", true, null)]
    [InlineData("en-US", "en-GB", false, "en")]
    [InlineData("fr", "fr", false, "fr")]
    [InlineData("fr-CA", null, false, "fr")]
    [InlineData(null, null, false, null)]
    public void Text_language_set_and_other_than_the_speech_language_translates(string? speech, string? text, bool translate, string? language)
    {
        var request = SpeechOptionsMapper.ToRequest(new SpeechToTextOptions { SpeechLanguage = speech, TextLanguage = text }, "whisper-large-v3");

        request.Translate.Should().Be(translate);
        request.Language.Should().Be(language);
    }

    [Theory]
    [InlineData(null, "de")]
    [InlineData("en", "fr-FR")]
    public void Translation_into_a_language_other_than_English_throws_naming_TextLanguage(string? speech, string text)
    {
        var act = () => SpeechOptionsMapper.ToRequest(new SpeechToTextOptions { SpeechLanguage = speech, TextLanguage = text }, "whisper-large-v3");

        act.Should().Throw<NotSupportedException>().WithMessage($"SpeechToTextOptions.TextLanguage '{text}'*other than English*");
    }

    [Theory]
    [InlineData("Temperature", "temperature")]
    [InlineData("ResponseFormat", "response_format")]
    [InlineData("TimestampGranularities", "timestamp_granularities")]
    [InlineData("Filename", "filename")]
    [InlineData("Prompt", "prompt")]
    public void One_validation_names_the_kernel_property_or_the_speech_option_key(string property, string key)
    {
        var request = key switch
        {
            "temperature" => Request() with { Temperature = 1.5f },
            "response_format" => Request() with { ResponseFormat = "vtt" },
            "timestamp_granularities" => Request() with { TimestampGranularities = ["word"] },
            "filename" => Request() with { FileName = "notes.txt" },
            _ => Request() with { Prompt = string.Join(' ', Enumerable.Repeat("word", 300)) },
        };

        var kernel = () => TranscriptionRequestValidator.Validate(request, KernelAudioSettingsMapper.Names);
        var speech = () => TranscriptionRequestValidator.Validate(request, SpeechOptionsMapper.Names);

        kernel.Should().Throw<Exception>().Which.Message.Should().Contain($"GroqAudioToTextExecutionSettings.{property}");
        speech.Should().Throw<Exception>().Which.Message.Should().Contain($"SpeechToTextOptions.AdditionalProperties[\"{key}\"]");
    }

    [Fact]
    public void Translation_with_a_speech_language_names_each_callers_language_setting()
    {
        var request = Request() with { Model = "whisper-large-v3", Translate = true, Language = "fr" };

        var kernel = () => TranscriptionRequestValidator.Validate(request, KernelAudioSettingsMapper.Names);
        var speech = () => TranscriptionRequestValidator.Validate(request, SpeechOptionsMapper.Names);

        kernel.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("GroqAudioToTextExecutionSettings.Language");
        speech.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("SpeechToTextOptions.SpeechLanguage");
    }

    [Fact]
    public void Validation_fills_the_default_format_and_drops_repeated_granularities()
    {
        var request = Request() with { ResponseFormat = "", TimestampGranularities = null };
        var verbose = Request() with { ResponseFormat = "verbose_json", TimestampGranularities = ["word", "word", "segment"] };

        TranscriptionRequestValidator.Validate(request, SpeechOptionsMapper.Names).ResponseFormat.Should().Be("json");
        TranscriptionRequestValidator.Validate(verbose, SpeechOptionsMapper.Names).TimestampGranularities.Should().Equal("word", "segment");
    }

    [Fact]
    public void A_url_request_needs_no_file_name()
    {
        var request = Request() with { FileName = null, Url = new Uri("https://example.com/talk.mp3") };

        TranscriptionRequestValidator.Validate(request, KernelAudioSettingsMapper.Names).FileName.Should().BeNull();
    }

    private static TranscriptionRequest Request() => new(DefaultModel, false, "talk.wav", null, null, null, "json", null, null);
}
