using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The audio clients and services refuse an unknown or inactive model before any <c>/audio</c> request when the catalog checks are on.</summary>
public sealed class ModelCatalogAudioChecksOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Speech_to_text_with_an_unknown_model_is_refused_with_close_matches_before_any_upload()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", CheckingOptions(emulator));

        var act = () => client.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 440)), new SpeechToTextOptions { ModelId = "whisper-large-v3-trubo" }, Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("SpeechToTextOptions.ModelId");
        thrown.Message.Should().Contain("Did you mean 'whisper-large-v3-turbo'");
        AudioRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task Semantic_Kernel_audio_to_text_with_an_inactive_model_is_refused_before_any_upload()
    {
        var options = new GroqEmulatorOptions();
        options.InactiveModels.Add("whisper-large-v3");
        await using var emulator = await GroqEmulator.StartAsync(options, Ct);
        var service = new GroqAudioToTextService("whisper-large-v3", CheckingOptions(emulator));

        var act = () => service.GetTextContentsAsync(new AudioContent(ToneWav.Bytes(16000, 440), "audio/wav"), cancellationToken: Ct);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("'whisper-large-v3'").And.Contain("inactive");
        AudioRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task Text_to_speech_with_an_unknown_model_is_refused_before_any_request()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqTextToSpeechClient("canopylabs/orpheus-v1-englsh", CheckingOptions(emulator));

        var act = () => client.GetAudioAsync("hello", cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("modelId");
        thrown.Message.Should().Contain("Did you mean 'canopylabs/orpheus-v1-english'");
        AudioRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task A_listed_active_model_is_transcribed_after_one_catalog_fetch()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", CheckingOptions(emulator));

        var first = await client.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 440)), cancellationToken: Ct);
        await client.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 880)), cancellationToken: Ct);

        first.Text.Should().Contain("tone440");
        emulator.Requests.Select(r => r.Path).Should().Equal("/openai/v1/models", "/openai/v1/audio/transcriptions", "/openai/v1/audio/transcriptions");
    }

    private static GroqClientOptions CheckingOptions(GroqEmulator emulator)
    {
        var options = EmulatorClients.Options(emulator);
        options.CheckRequestsAgainstModelCatalog = true;
        return options;
    }

    private static IEnumerable<RecordedRequest> AudioRequests(GroqEmulator emulator) => emulator.Requests.Where(r => r.Path.Contains("/audio/", StringComparison.Ordinal));
}
