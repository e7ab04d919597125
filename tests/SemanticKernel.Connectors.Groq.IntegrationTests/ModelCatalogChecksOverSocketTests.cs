using System.Net;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// <see cref="GroqClientOptions.CheckRequestsAgainstModelCatalog"/> refuses before <c>/chat/completions</c> is reached, and the
/// emulator refuses the same requests as Groq does when the checks are off.
/// </summary>
public sealed class ModelCatalogChecksOverSocketTests
{
    private const string ChatPath = "/openai/v1/chat/completions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>More words than the 131,072-token window of the emulator's chat models: over it by the connector's floor and Groq's count alike.</summary>
    private static string LongPrompt { get; } = new StringBuilder(140_000 * 6).Insert(0, "lorem ", 140_000).ToString();

    [Fact]
    public async Task An_unknown_model_is_refused_with_the_closest_listed_ids_before_any_chat_request()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = CheckingClient(emulator, "gpt-oss-120b");

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("modelId");
        thrown.Message.Should().Contain("'gpt-oss-120b'").And.Contain("Did you mean 'openai/gpt-oss-120b'");
        ChatRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task A_model_named_in_ChatOptions_is_checked_and_named_as_that_setting()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = CheckingClient(emulator);

        var act = () => client.GetResponseAsync("hi", new ChatOptions { ModelId = "llama-3.3-70b-versatle" }, Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("ChatOptions.ModelId");
        thrown.Message.Should().Contain("Did you mean 'llama-3.3-70b-versatile'");
        ChatRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task An_inactive_model_is_refused_before_any_chat_request()
    {
        var options = new GroqEmulatorOptions();
        options.InactiveModels.Add("qwen/qwen3-32b");
        await using var emulator = await GroqEmulator.StartAsync(options, Ct);
        using var client = CheckingClient(emulator, "qwen/qwen3-32b");

        var act = () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask();

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("'qwen/qwen3-32b'").And.Contain("inactive");
        ChatRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task MaxOutputTokens_above_the_largest_completion_is_refused_naming_the_setting_before_any_chat_request()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = CheckingClient(emulator);

        var act = () => client.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 32_769 }, Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        thrown.ParamName.Should().Be("ChatOptions.MaxOutputTokens");
        thrown.ActualValue.Should().Be(32_769);
        thrown.Message.Should().Contain("at most 32768 tokens");
        ChatRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task Semantic_Kernel_MaxTokens_above_the_largest_completion_is_refused_before_any_chat_request()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var options = EmulatorClients.Options(emulator);
        options.CheckRequestsAgainstModelCatalog = true;
        var service = new GroqChatCompletionService("llama-3.3-70b-versatile", options);

        var act = () => service.GetChatMessageContentsAsync(new ChatHistory("hi"), new GroqPromptExecutionSettings { MaxTokens = 40_000 }, cancellationToken: Ct);

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.Message.Should().Contain("max_tokens");
        ChatRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task A_prompt_above_the_context_window_is_refused_before_any_chat_request()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = CheckingClient(emulator);

        var act = () => client.GetResponseAsync(LongPrompt, cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("messages");
        thrown.Message.Should().Contain("at least 140000 tokens").And.Contain("131072-token context window");
        ChatRequests(emulator).Should().BeEmpty();
    }

    [Fact]
    public async Task Requests_within_the_limits_are_sent_and_the_catalog_is_fetched_once()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = CheckingClient(emulator);

        for (int i = 0; i < 3; i++)
        {
            await client.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 32_768, ModelId = "openai/gpt-oss-20b" }, Ct);
        }

        emulator.Requests.Select(r => r.Path).Should().Equal("/openai/v1/models", ChatPath, ChatPath, ChatPath);
    }

    [Fact]
    public async Task Without_the_checks_Groq_answers_a_prompt_above_the_context_window_with_context_length_exceeded()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var act = () => client.GetResponseAsync(LongPrompt, cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        thrown.ErrorCode.Should().Be("context_length_exceeded");
        thrown.Param.Should().Be("messages");
        thrown.Message.Should().Contain("Please reduce the length of the messages or completion.");
    }

    [Fact]
    public async Task Without_the_checks_Groq_answers_too_many_completion_tokens_with_a_400_naming_the_field()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var act = () => client.GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 32_769 }, Ct);

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        thrown.Param.Should().Be("max_completion_tokens");
        thrown.Message.Should().Contain("less than or equal to `32768`");
    }

    [Fact]
    public async Task Without_the_checks_Groq_answers_an_inactive_model_with_model_decommissioned()
    {
        var options = new GroqEmulatorOptions();
        options.InactiveModels.Add("llama-3.1-8b-instant");
        await using var emulator = await GroqEmulator.StartAsync(options, Ct);
        using var client = EmulatorClients.Chat(emulator, "llama-3.1-8b-instant");

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        thrown.ErrorCode.Should().Be("model_decommissioned");
    }

    private static GroqChatClient CheckingClient(GroqEmulator emulator, string model = "llama-3.3-70b-versatile")
    {
        var options = EmulatorClients.Options(emulator);
        options.CheckRequestsAgainstModelCatalog = true;
        return new GroqChatClient(model, options);
    }

    private static IEnumerable<RecordedRequest> ChatRequests(GroqEmulator emulator) => emulator.Requests.Where(r => r.Path == ChatPath);
}
