using System.ComponentModel;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// SK's <c>ChatCompletionAgent</c> package is not served here, so this replays what it does to a <see cref="ChatHistory"/>
/// around <see cref="IChatCompletionService"/>: instructions as a system message with the agent's name, the service
/// called with the thread's messages, tool messages and replies stamped with the agent's name and kept in the thread.
/// </summary>
public sealed class ChatCompletionAgentPatternTests
{
    private const string AgentName = "Forecaster";
    private const string Instructions = "You answer weather questions.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Agent_turns_keep_tool_messages_and_author_names_in_the_thread_but_never_send_names()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(new GroqChatCompletionService("llama-3.3-70b-versatile", EmulatorClients.Options(emulator)));
        builder.Plugins.AddFromType<WeatherPlugin>("Weather");
        var kernel = builder.Build();
        var thread = new ChatHistory();

        thread.Add(new ChatMessageContent(AuthorRole.User, "Weather in Paris?") { AuthorName = "alice" });
        var first = await InvokeAgentAsync(kernel, thread);
        thread.Add(new ChatMessageContent(AuthorRole.User, "And tomorrow?") { AuthorName = "alice" });
        var second = await InvokeAgentAsync(kernel, thread);

        first.Content.Should().Be("According to Weather-GetWeather: Sunny in Paris");
        second.Content.Should().Be("According to Weather-GetWeather: Sunny in emulated", "\"And tomorrow?\" names no place, so the argument is the schema's sample");
        thread.Select(m => m.Role).Should().Equal(
            AuthorRole.User, AuthorRole.Assistant, AuthorRole.Tool, AuthorRole.Assistant,
            AuthorRole.User, AuthorRole.Assistant, AuthorRole.Tool, AuthorRole.Assistant);
        thread.Where(m => m.Role != AuthorRole.User).Should().OnlyContain(m => m.AuthorName == AgentName);

        emulator.Requests.Should().HaveCount(4).And.OnlyContain(r => r.StatusCode == 200);
        var lastMessages = emulator.Requests[^1].Json!.Value.GetProperty("messages").EnumerateArray().ToList();
        lastMessages.Select(m => m.GetProperty("role").GetString()).Should().Equal(
            "system", "user", "assistant", "tool", "assistant", "user", "assistant", "tool");
        lastMessages[0].GetProperty("content").GetString().Should().Be(Instructions);
        lastMessages[2].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString().Should().Be("Weather-GetWeather");
        emulator.Requests.SelectMany(r => r.Json!.Value.GetProperty("messages").EnumerateArray())
            .Where(m => m.TryGetProperty("name", out var _)).Should().BeEmpty("Groq rejects name on messages");
    }

    /// <summary>One agent turn the way SK's ChatCompletionAgent takes it.</summary>
    private static async Task<ChatMessageContent> InvokeAgentAsync(Kernel kernel, ChatHistory thread)
    {
        var service = kernel.GetRequiredService<IChatCompletionService>();
        var chat = new ChatHistory();
        chat.Add(new ChatMessageContent(AuthorRole.System, Instructions) { AuthorName = AgentName });
        chat.AddRange(thread);
        int before = chat.Count;

        var replies = await service.GetChatMessageContentsAsync(
            chat, new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel, Ct);

        for (int i = before; i < chat.Count; i++)
        {
            chat[i].AuthorName = AgentName;
            thread.Add(chat[i]);
        }

        var reply = replies.Should().ContainSingle().Subject;
        reply.AuthorName = AgentName;
        thread.Add(reply);
        return reply;
    }

    private sealed class WeatherPlugin
    {
        [KernelFunction, Description("Gets the weather of a city")]
        public static string GetWeather([Description("The city")] string city) => $"Sunny in {city}";
    }
}
