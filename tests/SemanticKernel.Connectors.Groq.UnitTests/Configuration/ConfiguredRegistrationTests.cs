using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.AudioToText;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.TextGeneration;
using Microsoft.SemanticKernel.TextToAudio;
using SemanticKernel.Connectors.Groq.UnitTests.Audio;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Configuration;

/// <summary>Every <c>AddGroq*</c> registration taking <see cref="IConfiguration"/> or a callback sends with the options it was given.</summary>
public sealed class ConfiguredRegistrationTests
{
    private const string Chat = "llama-3.3-70b-versatile";
    private const string Whisper = "whisper-large-v3-turbo";
    private const string Orpheus = "canopylabs/orpheus-v1-english";
    private const string ConfiguredKey = "gsk_configured";
    private static readonly Uri ConfiguredEndpoint = new("http://configured.test/openai/v1");

    private static CancellationToken Ct => TestClients.Ct;

    private static IConfigurationRoot Config(params (string Key, string Value)[] extra) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Groq:ApiKey"] = ConfiguredKey,
            ["Groq:Endpoint"] = ConfiguredEndpoint.OriginalString,
            ["Groq:MaxRetries"] = "0",
            ["Groq:AudioChunking:FfmpegPath"] = "/configured/ffmpeg",
            ["Groq:TranscriptionQualityThresholds:MaxNoSpeechProb"] = "0.9",
        })
        .AddInMemoryCollection(extra.ToDictionary(e => e.Key, e => (string?)e.Value))
        .Build();

    private static CannedHandler ChatAnswers() => CannedHandler.Json(TestData.Completion());

    private static CannedHandler TranscriptAnswers() => CannedHandler.Json(TestData.Read("groq-transcription.json"));

    private static CannedHandler SpeechAnswers() => new(HttpStatusCode.OK, "RIFF\0\0\0\0WAVEfmt ", "audio/wav");

    private static ServiceProvider Provider(CannedHandler handler, Action<IServiceCollection> register)
    {
        var services = new ServiceCollection().AddSingleton(new HttpClient(handler));
        register(services);
        return services.BuildServiceProvider();
    }

    private static void SentWithConfiguredOptions(CannedHandler handler, string path)
    {
        var request = handler.Requests.Should().ContainSingle("MaxRetries is 0 and the call succeeded").Subject;
        request.Uri.AbsoluteUri.Should().Be(ConfiguredEndpoint.AbsoluteUri + path);
        request.Header("Authorization").Should().Be("Bearer " + ConfiguredKey);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("svc")]
    public async Task Chat_client_from_configuration_sends_to_the_configured_endpoint_with_the_configured_key(string? serviceId)
    {
        var handler = ChatAnswers();
        await using var provider = Provider(handler, s => s.AddGroqChatClient(Chat, Config(), serviceId));

        await provider.GetRequiredKeyedService<IChatClient>(serviceId).GetResponseAsync("Hi", cancellationToken: Ct);

        SentWithConfiguredOptions(handler, "/chat/completions");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("svc")]
    public async Task Chat_completion_from_configuration_serves_both_interfaces_with_the_configured_options(string? serviceId)
    {
        var handler = ChatAnswers();
        await using var provider = Provider(handler, s => s.AddGroqChatCompletion(Chat, Config().GetSection("Groq"), serviceId));

        var chat = provider.GetRequiredKeyedService<IChatCompletionService>(serviceId);
        await chat.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);

        provider.GetRequiredKeyedService<ITextGenerationService>(serviceId).Should().BeSameAs(chat);
        SentWithConfiguredOptions(handler, "/chat/completions");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("svc")]
    public async Task Audio_to_text_from_configuration_sends_with_the_configured_options_and_takes_its_chunking_and_quality_thresholds(string? serviceId)
    {
        var handler = TranscriptAnswers();
        await using var provider = Provider(handler, s => s.AddGroqAudioToText(Whisper, Config(), serviceId));

        var service = provider.GetRequiredKeyedService<IAudioToTextService>(serviceId);
        await service.GetTextContentsAsync(new AudioContent(TestWav.Silence(16000, TimeSpan.FromSeconds(0.2)), "audio/wav"), cancellationToken: Ct);

        var groq = service.Should().BeOfType<GroqAudioToTextService>().Subject;
        groq.Chunking.FfmpegPath.Should().Be("/configured/ffmpeg");
        groq.QualityThresholds.MaxNoSpeechProb.Should().Be(0.9);
        SentWithConfiguredOptions(handler, "/audio/transcriptions");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("svc")]
    public async Task Text_to_audio_from_configuration_sends_with_the_configured_options(string? serviceId)
    {
        var handler = SpeechAnswers();
        await using var provider = Provider(handler, s => s.AddGroqTextToAudio(Orpheus, Config(), serviceId));

        await provider.GetRequiredKeyedService<ITextToAudioService>(serviceId).GetAudioContentsAsync("Hello", cancellationToken: Ct);

        SentWithConfiguredOptions(handler, "/audio/speech");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("svc")]
    public async Task Speech_to_text_client_from_configuration_sends_with_the_configured_options_and_takes_its_chunking_and_quality_thresholds(string? serviceId)
    {
        var handler = TranscriptAnswers();
        await using var provider = Provider(handler, s => s.AddGroqSpeechToTextClient(Whisper, Config(), serviceId));

        var client = provider.GetRequiredKeyedService<ISpeechToTextClient>(serviceId);
        using var audio = new MemoryStream(TestWav.Silence(16000, TimeSpan.FromSeconds(0.2)));
        await client.GetTextAsync(audio, cancellationToken: Ct);

        var groq = client.GetService<GroqSpeechToTextClient>()!;
        groq.Chunking.FfmpegPath.Should().Be("/configured/ffmpeg");
        groq.QualityThresholds.MaxNoSpeechProb.Should().Be(0.9);
        SentWithConfiguredOptions(handler, "/audio/transcriptions");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("svc")]
    public async Task Text_to_speech_client_from_configuration_sends_with_the_configured_options(string? serviceId)
    {
        var handler = SpeechAnswers();
        await using var provider = Provider(handler, s => s.AddGroqTextToSpeechClient(Orpheus, Config(), serviceId));

        await provider.GetRequiredKeyedService<ITextToSpeechClient>(serviceId).GetAudioAsync("Hello", cancellationToken: Ct);

        SentWithConfiguredOptions(handler, "/audio/speech");
    }

    [Fact]
    public async Task Speech_clients_registered_with_a_key_or_options_resolve_and_send_with_them()
    {
        var handler = TranscriptAnswers();
        var options = new GroqClientOptions { ApiKey = ConfiguredKey, Endpoint = ConfiguredEndpoint, MaxRetries = 0 };
        await using var provider = Provider(handler, s =>
        {
            s.AddGroqSpeechToTextClient(Whisper, options, serviceId: "options");
            s.AddGroqSpeechToTextClient(Whisper, ConfiguredKey, ConfiguredEndpoint, serviceId: "key");
            s.AddGroqTextToSpeechClient(Orpheus, options);
            s.AddGroqTextToSpeechClient(Orpheus, ConfiguredKey, ConfiguredEndpoint, serviceId: "key");
        });

        foreach (string key in new[] { "options", "key" })
        {
            using var audio = new MemoryStream(TestWav.Silence(16000, TimeSpan.FromSeconds(0.2)));
            await provider.GetRequiredKeyedService<ISpeechToTextClient>(key).GetTextAsync(audio, cancellationToken: Ct);
        }

        handler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Header("Authorization") == "Bearer " + ConfiguredKey);
        provider.GetRequiredService<ITextToSpeechClient>().GetService<TextToSpeechClientMetadata>()!.ProviderUri.Should().Be(ConfiguredEndpoint);
        provider.GetRequiredKeyedService<ITextToSpeechClient>("key").GetService<TextToSpeechClientMetadata>()!.DefaultModelId.Should().Be(Orpheus);
    }

    [Fact]
    public async Task Kernel_builder_registrations_from_configuration_send_with_the_configured_options()
    {
        var chatHandler = ChatAnswers();
        var audioHandler = TranscriptAnswers();
        var speechHandler = SpeechAnswers();
        var config = Config();
        var kernel = Kernel.CreateBuilder()
            .AddGroqChatCompletion(Chat, config, serviceId: "sk", httpClient: new HttpClient(chatHandler))
            .AddGroqChatClient(Chat, config, serviceId: "meai", httpClient: new HttpClient(chatHandler))
            .AddGroqAudioToText(Whisper, config, httpClient: new HttpClient(audioHandler))
            .AddGroqTextToAudio(Orpheus, config, httpClient: new HttpClient(speechHandler))
            .Build();

        await kernel.GetRequiredService<IChatCompletionService>("sk").GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        await kernel.Services.GetRequiredKeyedService<IChatClient>("meai").GetResponseAsync("Hi", cancellationToken: Ct);
        await kernel.GetRequiredService<IAudioToTextService>().GetTextContentsAsync(
            new AudioContent(TestWav.Silence(16000, TimeSpan.FromSeconds(0.2)), "audio/wav"), cancellationToken: Ct);
        await kernel.GetRequiredService<ITextToAudioService>().GetAudioContentsAsync("Hello", cancellationToken: Ct);

        chatHandler.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Uri.Host == "configured.test" && r.Header("Authorization") == "Bearer " + ConfiguredKey);
        SentWithConfiguredOptions(audioHandler, "/audio/transcriptions");
        SentWithConfiguredOptions(speechHandler, "/audio/speech");
    }

    [Fact]
    public async Task A_callback_changes_the_options_read_from_configuration_and_alone_sets_them()
    {
        var handler = ChatAnswers();
        await using var provider = Provider(handler, s =>
        {
            s.AddGroqChatClient(Chat, Config(), "both", configure: o => o.Endpoint = new Uri("http://callback.test/openai/v1"));
            s.AddGroqChatClient(Chat, o => { o.ApiKey = "gsk_callback"; o.Endpoint = new Uri("http://alone.test/openai/v1"); o.MaxRetries = 0; }, "alone");
        });

        await provider.GetRequiredKeyedService<IChatClient>("both").GetResponseAsync("Hi", cancellationToken: Ct);
        await provider.GetRequiredKeyedService<IChatClient>("alone").GetResponseAsync("Hi", cancellationToken: Ct);

        handler.Requests.Select(r => (r.Uri.Host, r.Header("Authorization"))).Should().Equal(
            ("callback.test", "Bearer " + ConfiguredKey),
            ("alone.test", "Bearer gsk_callback"));
    }

    [Fact]
    public async Task Configured_MaxRetries_applies_a_failed_call_is_sent_once()
    {
        var handler = CannedHandler.Json("""{"error":{"message":"down","type":"internal_server_error"}}""", HttpStatusCode.ServiceUnavailable);
        await using var provider = Provider(handler, s => s.AddGroqChatClient(Chat, Config()));

        var act = () => provider.GetRequiredService<IChatClient>().GetResponseAsync("Hi", cancellationToken: Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        handler.Requests.Should().ContainSingle("the default of 2 retries would have sent 3");
    }

    [Fact]
    public async Task A_RateLimiter_section_gives_every_registration_one_shared_limiter()
    {
        var chatHandler = ChatAnswers();
        var audioHandler = TranscriptAnswers();
        var config = Config(("Groq:RateLimiter:RequestsPerMinute", "100"));
        await using var provider = new ServiceCollection()
            .AddGroqAudioToText(Whisper, config, httpClient: new HttpClient(audioHandler))
            .AddGroqChatCompletion(Chat, config, httpClient: new HttpClient(chatHandler))
            .BuildServiceProvider();

        await provider.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        await provider.GetRequiredService<IAudioToTextService>().GetTextContentsAsync(
            new AudioContent(TestWav.Silence(16000, TimeSpan.FromSeconds(0.2)), "audio/wav"), cancellationToken: Ct);

        provider.GetServices<GroqRateLimiter>().Should().ContainSingle().Which.GetStatistics()!.TotalSuccessfulLeases.Should().Be(2);
    }

    [Fact]
    public async Task A_registered_rate_limiter_paces_key_registrations_too_but_not_options_that_bring_their_own()
    {
        var handler = ChatAnswers();
        using var own = new GroqRateLimiter();
        await using var provider = Provider(handler, s => s
            .AddGroqRateLimiter(new GroqRateLimiterOptions { TokensPerMinute = 100_000 })
            .AddGroqChatCompletion(Chat, ConfiguredKey, ConfiguredEndpoint, serviceId: "key")
            .AddGroqChatCompletion(Chat, new GroqClientOptions { ApiKey = ConfiguredKey, Endpoint = ConfiguredEndpoint, RateLimiter = own }, serviceId: "own"));

        foreach (string key in new[] { "key", "own" })
        {
            await provider.GetRequiredKeyedService<IChatCompletionService>(key).GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        }

        provider.GetRequiredService<GroqRateLimiter>().GetStatistics()!.TotalSuccessfulLeases.Should().Be(1);
        own.GetStatistics()!.TotalSuccessfulLeases.Should().Be(1);
    }

    [Fact]
    public void Null_configuration_or_callback_is_refused_and_registers_nothing()
    {
        var services = new ServiceCollection();

        FluentActions.Invoking(() => services.AddGroqChatClient(Chat, (IConfiguration)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configuration");
        FluentActions.Invoking(() => services.AddGroqAudioToText(Whisper, (Action<GroqClientOptions>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
        FluentActions.Invoking(() => services.AddGroqSpeechToTextClient(" ", Config())).Should().Throw<ArgumentException>().WithParameterName("modelId");
        FluentActions.Invoking(() => Kernel.CreateBuilder().AddGroqTextToAudio(Orpheus, (IConfiguration)null!)).Should().Throw<ArgumentNullException>();

        services.Should().BeEmpty();
    }
}
