using System.ComponentModel;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Against api.groq.com; run only when GROQ_API_KEY is set.</summary>
public sealed class LiveGroqTests
{
    private const string SkipReason = "GROQ_API_KEY is not set: live tests against api.groq.com are skipped.";
    private static readonly string? ApiKey = Environment.GetEnvironmentVariable("GROQ_API_KEY");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_text_answer_has_usage_and_request_id()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        using var client = new GroqChatClient("llama-3.1-8b-instant", ApiKey!);

        var response = await client.GetResponseAsync(
            "Reply with the single word: pong", new ChatOptions { Temperature = 0, MaxOutputTokens = 10 }, Ct);

        response.Text.Should().ContainEquivalentOf("pong");
        response.Usage!.TotalTokenCount.Should().BeGreaterThan(0);
        response.AdditionalProperties![GroqMetadataKeys.RequestId].Should().BeOfType<string>().Which.Should().StartWith("req_");
    }

    [Fact]
    public async Task Live_streamed_tool_conversation_completes()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        using var client = new GroqChatClient("llama-3.3-70b-versatile", ApiKey!).AsBuilder().UseFunctionInvocation().Build();
        int calls = 0;
        var weather = AIFunctionFactory.Create(
            ([Description("City name")] string city) => { calls++; return $"It is 21 degrees and sunny in {city}."; }, "get_weather", "Gets the current weather");

        var updates = await client.GetStreamingResponseAsync(
            "What is the weather in Paris? Use the tool.", new ChatOptions { Tools = [weather], Temperature = 0 }, Ct).ToListAsync(Ct);

        calls.Should().BeGreaterThan(0);
        string.Concat(updates.Select(u => u.Text)).Should().Contain("21");
    }

    [Fact]
    public async Task Live_json_mode_while_streaming_returns_json()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        using var client = new GroqChatClient("llama-3.3-70b-versatile", ApiKey!);

        var updates = await client.GetStreamingResponseAsync(
            [new(ChatRole.System, "Answer in JSON with a key 'answer'."), new(ChatRole.User, "What is 2+2?")],
            new ChatOptions { ResponseFormat = ChatResponseFormat.Json, Temperature = 0 }, Ct).ToListAsync(Ct);

        updates.Should().ContainSingle().Which.Text.Should().Contain("answer");
    }

    [Fact]
    public async Task Live_kernel_plugin_is_auto_invoked_through_the_SK_service()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        var kernel = Kernel.CreateBuilder().AddGroqChatCompletion("llama-3.3-70b-versatile", ApiKey!).Build();
        int calls = 0;
        kernel.Plugins.AddFromFunctions("Weather", [KernelFunctionFactory.CreateFromMethod(
            ([Description("City name")] string city) => { calls++; return $"It is 21 degrees and sunny in {city}."; }, "GetWeather", "Gets the current weather")]);

        var result = await kernel.InvokePromptAsync(
            "What is the weather in Paris? Use the tool.",
            new(new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0 }),
            cancellationToken: Ct);

        calls.Should().BeGreaterThan(0);
        result.GetValue<string>().Should().Contain("21");
    }

    [Fact]
    public async Task Live_transcription_of_recorded_speech_has_its_words_segments_and_duration()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", ApiKey!);
        await using var audio = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "speech-en-16k.wav"));

        var response = await client.GetTextAsync(audio, new SpeechToTextOptions
        {
            SpeechLanguage = "en",
            AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json" },
        }, Ct);

        response.Text.Should().ContainEquivalentOf("quick brown fox");
        response.EndTime!.Value.TotalSeconds.Should().BeApproximately(9.5, 0.5);
        response.AdditionalProperties![GroqMetadataKeys.Segments].Should().BeAssignableTo<IReadOnlyList<GroqTranscriptionSegment>>().Which.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Live_translation_of_French_speech_is_English()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(ApiKey), SkipReason);
        var service = new GroqAudioToTextService("whisper-large-v3", ApiKey!);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "speech-fr-16k.wav"), Ct);

        var text = (await service.GetTextContentsAsync(new AudioContent(bytes, "audio/wav"), new GroqAudioToTextExecutionSettings { Translate = true }, cancellationToken: Ct)).Single();

        text.Text.Should().ContainEquivalentOf("test").And.ContainEquivalentOf("English");
    }
}
