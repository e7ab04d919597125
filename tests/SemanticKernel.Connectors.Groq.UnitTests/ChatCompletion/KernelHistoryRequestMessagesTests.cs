using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat;
using SemanticKernel.Connectors.Groq.Core.Wire;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>
/// A ChatHistory sent without first becoming MEAI messages (single texts go straight to the wire) must give the same
/// request as its MEAI messages.
/// </summary>
public sealed class KernelHistoryRequestMessagesTests
{
    [Fact]
    public void A_history_of_every_kind_of_message_gives_the_same_request_as_its_MEAI_messages()
    {
        var call = new Microsoft.SemanticKernel.FunctionCallContent("Get", "Weather", "c1", new KernelArguments { ["city"] = "Paris" });
        var history = new ChatHistory("Be terse.")
        {
            new ChatMessageContent(AuthorRole.Developer, "Answer in French."),
            new ChatMessageContent(AuthorRole.User, "Hi"),
            new ChatMessageContent(AuthorRole.User, content: null),
            new ChatMessageContent(AuthorRole.User, [new Microsoft.SemanticKernel.TextContent(text: null)]),
            new ChatMessageContent(AuthorRole.User, [new Microsoft.SemanticKernel.TextContent("Look:"), new ImageContent(new Uri("https://example.test/cat.png"))]),
            new ChatMessageContent(AuthorRole.User, [new Microsoft.SemanticKernel.TextContent("One. "), new Microsoft.SemanticKernel.TextContent("Two.")]),
            new ChatMessageContent(AuthorRole.Assistant, "Hello."),
            new ChatMessageContent(AuthorRole.Assistant, string.Empty),
            new ChatMessageContent(AuthorRole.Assistant, [new ReasoningContent("thinking"), new Microsoft.SemanticKernel.TextContent("Sunny.")]),
            new ChatMessageContent(AuthorRole.Assistant, [call]),
            new ChatMessageContent(AuthorRole.Tool, [new Microsoft.SemanticKernel.FunctionResultContent(call, "21C")]),
            new ChatMessageContent(AuthorRole.Tool, "22C") { Metadata = new Dictionary<string, object?> { [KernelHistoryMapper.ToolCallIdKey] = "c1" } },
            new DerivedMessage(AuthorRole.User, "Derived text"),
        };

        string direct = Body(KernelHistoryMapper.ToChatMessages(history));
        string viaMeai = Body(KernelHistoryMapper.ToChatMessageList(history));

        direct.Should().Be(viaMeai);
        using var parsed = JsonDocument.Parse(direct);
        parsed.RootElement.GetProperty("messages").GetArrayLength().Should().Be(13, "the user message without items sends nothing");
    }

    [Fact]
    public void Enumerating_the_request_messages_gives_the_MEAI_messages_of_the_history()
    {
        var history = new ChatHistory("Be terse.");
        history.AddUserMessage("Hi");
        history.AddAssistantMessage("Hello.");

        var messages = KernelHistoryMapper.ToChatMessages(history).ToList();

        messages.Select(m => (m.Role, m.Text)).Should().Equal((ChatRole.System, "Be terse."), (ChatRole.User, "Hi"), (ChatRole.Assistant, "Hello."));
    }

    [Fact]
    public void A_role_Groq_does_not_know_is_refused_on_the_direct_path_too()
    {
        var history = new ChatHistory { new ChatMessageContent(new AuthorRole("critic"), "Too long.") };

        var act = () => Body(KernelHistoryMapper.ToChatMessages(history));

        act.Should().Throw<NotSupportedException>().WithMessage("*critic*");
    }

    [Fact]
    public void Function_calls_recorded_one_message_each_join_as_through_MEAI_and_keep_the_arguments_Groq_wrote()
    {
        var wire = new WireToolCall { Id = "c2", Type = "function", Function = new WireFunctionCall { Name = "Get-Weather", Arguments = "{ \"city\" : \"Paris\" }" } };
        var history = new ChatHistory
        {
            new ChatMessageContent(AuthorRole.User, "Weather in Paris and Rome?"),
            new ChatMessageContent(AuthorRole.Assistant, [new Microsoft.SemanticKernel.TextContent("Checking."), new Microsoft.SemanticKernel.FunctionCallContent("Weather", "Get", "c1", new KernelArguments { ["city"] = "Rome" })]),
            new ChatMessageContent(AuthorRole.Assistant, [new Microsoft.SemanticKernel.FunctionCallContent("Weather", "Get", "c2", new KernelArguments { ["city"] = "Paris" }) { InnerContent = wire }]),
            new ChatMessageContent(AuthorRole.Assistant, [new Microsoft.SemanticKernel.FunctionCallContent("Time", null, "c3")]),
            new ChatMessageContent(AuthorRole.Assistant, [new Microsoft.SemanticKernel.FunctionCallContent("Weather", "Get", id: null)]),
        };

        string direct = Body(KernelHistoryMapper.ToChatMessages(history));

        direct.Should().Be(Body(KernelHistoryMapper.ToChatMessageList(history)));
        using var parsed = JsonDocument.Parse(direct);
        var calls = parsed.RootElement.GetProperty("messages")[1].GetProperty("tool_calls");
        calls.EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal("c1", "c2", "c3");
        calls[1].GetProperty("function").GetProperty("arguments").GetString().Should().Be("{ \"city\" : \"Paris\" }");
    }

    [Fact]
    public void A_tool_message_without_a_function_result_is_refused_on_the_direct_path_too()
    {
        var history = new ChatHistory { new ChatMessageContent(AuthorRole.Tool, "22C") };

        var act = () => Body(KernelHistoryMapper.ToChatMessages(history));

        act.Should().Throw<NotSupportedException>().WithMessage("No function result provided in the tool message.");
    }

    [Fact]
    public void Several_results_in_one_tool_message_go_as_one_tool_message_each_as_through_MEAI()
    {
        var history = new ChatHistory
        {
            new ChatMessageContent(AuthorRole.Tool, [
                new Microsoft.SemanticKernel.FunctionResultContent("Get", "Weather", "c1", "21C"),
                new Microsoft.SemanticKernel.FunctionResultContent("Get", "Weather", callId: null, result: 42),
                new Microsoft.SemanticKernel.TextContent("ignored"),
            ]),
        };

        string direct = Body(KernelHistoryMapper.ToChatMessages(history));

        direct.Should().Be(Body(KernelHistoryMapper.ToChatMessageList(history)));
        using var parsed = JsonDocument.Parse(direct);
        parsed.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("tool_call_id").GetString()).Should().Equal("c1", string.Empty);
    }

    private static string Body(IEnumerable<ChatMessage> messages) => JsonSerializer.Serialize(
        ChatRequestMapper.ToWireRequest(messages, options: null, "llama-3.3-70b-versatile", stream: false), GroqJsonContext.Default.WireChatRequest);

    private sealed class DerivedMessage(AuthorRole role, string content) : ChatMessageContent(role, content);
}
