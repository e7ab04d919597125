using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Services registered from an <c>appsettings.json</c>-style configuration, resolved from a container and called over sockets.</summary>
public sealed class ConfiguredServicesOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IConfiguration Json(string json) => new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    private static IConfiguration AppSettings(GroqEmulator emulator, string audioChunking = "{}") => Json($$"""
        {
          "Logging": { "LogLevel": { "Default": "Warning" } },
          "Groq": {
            "ApiKey": "{{emulator.ApiKey}}",
            "Endpoint": "{{emulator.Endpoint}}",
            "MaxRetries": 0,
            "Timeout": "00:00:30",
            "AudioChunking": {{audioChunking}}
          }
        }
        """);

    [Fact]
    public async Task Chat_and_speech_services_configured_from_json_answer_over_sockets()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var configuration = AppSettings(emulator);
        var services = new ServiceCollection();
        services.AddGroqChatClient("llama-3.3-70b-versatile", configuration);
        services.AddGroqChatCompletion("llama-3.1-8b-instant", configuration, serviceId: "sk");
        services.AddGroqSpeechToTextClient("whisper-large-v3-turbo", configuration);
        services.AddGroqAudioToText("whisper-large-v3-turbo", configuration);
        services.AddGroqTextToSpeechClient("canopylabs/orpheus-v1-english", configuration);
        services.AddGroqTextToAudio("canopylabs/orpheus-v1-english", configuration);
        await using var provider = services.BuildServiceProvider();
        byte[] wav = ToneWav.Bytes(16000, 440, 880);

        var chat = await provider.GetRequiredService<IChatClient>().GetResponseAsync("Say hello", cancellationToken: Ct);
        var skChat = await provider.GetRequiredKeyedService<IChatCompletionService>("sk").GetChatMessageContentAsync("Say hello", cancellationToken: Ct);
        var transcript = await provider.GetRequiredService<ISpeechToTextClient>().GetTextAsync(new MemoryStream(wav), cancellationToken: Ct);
        var skTranscript = await provider.GetRequiredService<IAudioToTextService>().GetTextContentAsync(new AudioContent(wav, "audio/wav"), cancellationToken: Ct);
        var speech = await provider.GetRequiredService<ITextToSpeechClient>().GetAudioAsync("Hello there", cancellationToken: Ct);
        var skSpeech = await provider.GetRequiredService<ITextToAudioService>().GetAudioContentAsync("Hello there", cancellationToken: Ct);

        chat.Text.Should().NotBeNullOrWhiteSpace();
        skChat.Content.Should().NotBeNullOrWhiteSpace();
        transcript.Text.Should().Be(" tone440 tone880");
        skTranscript.Text.Should().Be(" tone440 tone880");
        speech.Contents.OfType<DataContent>().Single().Data.Length.Should().BeGreaterThan(44, "it is a WAV file with samples");
        skSpeech.Data!.Value.Length.Should().BeGreaterThan(44);
        emulator.Requests.Select(r => r.Path[(emulator.Endpoint.AbsolutePath.Length + 1)..]).Should().Equal(
            "chat/completions", "chat/completions", "audio/transcriptions", "audio/transcriptions", "audio/speech", "audio/speech");
        emulator.Requests.Take(2).Select(r => r.Json!.Value.GetProperty("model").GetString()).Should().Equal("llama-3.3-70b-versatile", "llama-3.1-8b-instant");
    }

    [Fact]
    public async Task Audio_chunking_set_in_json_splits_an_upload_over_its_limit()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var configuration = AppSettings(emulator, """{ "MaxUploadBytes": 100000, "ChunkDuration": "00:00:03", "Overlap": "00:00:01", "MaxConcurrency": 1 }""");
        await using var provider = new ServiceCollection().AddGroqAudioToText("whisper-large-v3-turbo", configuration).BuildServiceProvider();
        byte[] wav = ToneWav.Bytes(16000, 440, 880, 660, 550, 770, 330);

        var transcript = await provider.GetRequiredService<IAudioToTextService>().GetTextContentAsync(new AudioContent(wav, "audio/wav"), cancellationToken: Ct);

        wav.Length.Should().BeGreaterThan(100000);
        emulator.Requests.Should().HaveCountGreaterThan(1, "6 s of 16 kHz audio is 192 KB, over the configured 100 KB");
        transcript.Text.Should().Contain("tone440").And.Contain("tone330");
    }
}
