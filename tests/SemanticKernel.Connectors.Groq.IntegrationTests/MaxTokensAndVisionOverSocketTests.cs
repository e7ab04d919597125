using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The connector over a real socket against the emulator's budget and image rules: an answer cut by the token budget
/// reads as MEAI's <see cref="ChatFinishReason.Length"/> and SK's <c>"Length"</c>, as with SK's OpenAI connector; what
/// Groq refuses arrives as a <see cref="GroqException"/> carrying Groq's code and param.
/// </summary>
public sealed class MaxTokensAndVisionOverSocketTests
{
    private const string Question = "Why is the sky blue?";
    private const string CutAnswer = "You asked: W";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MaxOutputTokens_cuts_the_answer_and_reports_ChatFinishReason_Length()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 3 }, Ct);

        response.Text.Should().Be(CutAnswer);
        response.FinishReason.Should().Be(ChatFinishReason.Length);
        response.Usage!.OutputTokenCount.Should().Be(3);
    }

    [Fact]
    public async Task A_streamed_answer_cut_by_MaxOutputTokens_ends_with_ChatFinishReason_Length()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var updates = await client.GetStreamingResponseAsync(Question, new ChatOptions { MaxOutputTokens = 3 }, Ct).ToListAsync(Ct);

        string.Concat(updates.Select(update => update.Text)).Should().Be(CutAnswer);
        updates.Select(update => update.FinishReason).Where(reason => reason is not null).Should().Equal(ChatFinishReason.Length);
        updates.ToChatResponse().FinishReason.Should().Be(ChatFinishReason.Length);
    }

    [Fact]
    public async Task Sk_MaxTokens_cuts_the_answer_and_reports_FinishReason_Length_in_metadata()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var service = new GroqChatCompletionService("llama-3.3-70b-versatile", EmulatorClients.Options(emulator));
        var settings = new GroqPromptExecutionSettings { MaxTokens = 3 };

        var history = new ChatHistory();
        history.AddUserMessage(Question);

        var message = await service.GetChatMessageContentAsync(history, settings, cancellationToken: Ct);
        var streamed = await service.GetStreamingChatMessageContentsAsync(history, settings, cancellationToken: Ct).ToListAsync(Ct);

        message.Content.Should().Be(CutAnswer);
        message.Metadata!["FinishReason"].Should().Be("Length");
        string.Concat(streamed.Select(update => update.Content)).Should().Be(CutAnswer);
        streamed.Select(update => update.Metadata?.GetValueOrDefault("FinishReason")).Where(reason => reason is not null).Should().Equal("Length");
    }

    [Fact]
    public async Task A_tool_call_that_cannot_fit_the_budget_surfaces_groq_tool_use_failed_with_the_generation()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);
        var options = new ChatOptions
        {
            MaxOutputTokens = 4,
            Tools = [AIFunctionFactory.Create((string city) => "Sunny", "get_weather")],
        };

        var act = () => client.GetResponseAsync("Weather in Paris?", options, Ct);

        var error = (await act.Should().ThrowAsync<GroqException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorCode.Should().Be("tool_use_failed");
        error.FailedGeneration.Should().Be("""[{"name":"get_we""");
    }

    [Fact]
    public async Task A_streamed_tool_call_that_cannot_fit_surfaces_the_mid_stream_tool_use_failed_with_the_generation()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);
        var options = new ChatOptions
        {
            MaxOutputTokens = 4,
            Tools = [AIFunctionFactory.Create((string city) => "Sunny", "get_weather")],
        };

        var act = async () => await client.GetStreamingResponseAsync("Weather in Paris?", options, Ct).ToListAsync(Ct);

        var error = (await act.Should().ThrowAsync<GroqException>()).Which;
        error.ErrorCode.Should().Be("tool_use_failed");
        error.FailedGeneration.Should().Be("""[{"name":"get_we""");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_image_for_a_text_only_model_reaches_groq_and_fails_with_its_400_naming_the_content(bool checkAgainstModelCatalog)
    {
        // Groq's /models says nothing about vision, so the connector cannot refuse the image itself, catalog checks or not.
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var options = EmulatorClients.Options(emulator);
        options.CheckRequestsAgainstModelCatalog = checkAgainstModelCatalog;
        using var client = new GroqChatClient("llama-3.3-70b-versatile", options);
        var message = new ChatMessage(ChatRole.User,
            [new TextContent("What is this?"), new UriContent(new Uri("https://example.com/cat.jpg"), "image/jpeg")]);

        var act = () => client.GetResponseAsync([message], cancellationToken: Ct);

        var error = (await act.Should().ThrowAsync<GroqException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorType.Should().Be("invalid_request_error");
        error.Param.Should().Be("messages.0.content");
        emulator.Requests.Should().Contain(request => request.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
    }
}
