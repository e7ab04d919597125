using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq.UnitTests.Audio;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Registration;

/// <summary>The audio services in a kernel: keyed by service id, sending with the kernel's HttpClient.</summary>
public sealed class AudioRegistrationTests
{
    [Fact]
    public async Task Audio_to_text_services_resolve_by_service_id_and_send_with_the_kernels_HttpClient()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        var builder = Kernel.CreateBuilder()
            .AddGroqAudioToText("whisper-large-v3-turbo", TestClients.ApiKey, serviceId: "fast")
            .AddGroqAudioToText("whisper-large-v3", TestClients.ApiKey, serviceId: "translate");
        builder.Services.AddSingleton(new HttpClient(handler));
        var kernel = builder.Build();

        var fast = kernel.GetRequiredService<IAudioToTextService>("fast");
        var translate = kernel.GetRequiredService<IAudioToTextService>("translate");
        await translate.GetTextContentsAsync(
            new AudioContent(TestWav.Silence(16000, TimeSpan.FromSeconds(0.2)), "audio/wav"), new GroqAudioToTextExecutionSettings { Translate = true },
            cancellationToken: TestClients.Ct);

        fast.GetModelId().Should().Be("whisper-large-v3-turbo");
        translate.GetModelId().Should().Be("whisper-large-v3");
        handler.Requests.Single().Uri.AbsoluteUri.Should().Be("https://api.groq.com/openai/v1/audio/translations");
    }

    [Fact]
    public void Text_to_audio_service_resolves_without_a_service_id()
    {
        var kernel = Kernel.CreateBuilder().AddGroqTextToAudio("canopylabs/orpheus-v1-english", TestClients.ApiKey).Build();

        kernel.GetRequiredService<ITextToAudioService>().Should().BeOfType<GroqTextToAudioService>()
            .Which.GetModelId().Should().Be("canopylabs/orpheus-v1-english");
    }
}
