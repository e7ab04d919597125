using System.Text.Json;
using FluentAssertions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat.Diagnostics;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Chat.Diagnostics;

/// <summary>The JSON of Semantic Kernel's sensitive content events, as SK's connectors write it.</summary>
public sealed class KernelChatEventsTests
{
    [Fact]
    public void A_call_s_arguments_keep_the_model_s_JSON_numbers_and_booleans_and_other_values_become_text()
    {
        using var json = JsonDocument.Parse("""{"unit":"C","days":[1,2]}""");
        var message = new ChatMessageContent(AuthorRole.Assistant, content: null);
        message.Items.Add(new FunctionCallContent("get", "weather", "call_1", new KernelArguments
        {
            ["city"] = "Paris",
            ["count"] = 3,
            ["ratio"] = 0.5,
            ["exact"] = true,
            ["options"] = json.RootElement.Clone(),
            ["when"] = new DateOnly(2026, 12, 1),
            ["none"] = null,
        }));

        KernelChatEvents.Message(message).Should().Be(
            """{"role":"assistant","name":null,"content":null,"tool_calls":[{"id":"call_1","function":{"name":"get","arguments":"""
            + """{"city":"Paris","count":3,"ratio":0.5,"exact":true,"options":{"unit":"C","days":[1,2]},"when":"12/01/2026","none":null}},"type":"function"}]}""");
    }

    [Fact]
    public void A_choice_carries_its_index_message_calls_and_finish_reason_and_escapes_as_SK_s_serializer_does()
    {
        var answer = new ChatMessageContent(AuthorRole.Assistant, "Il fait <beau> à Paris.", metadata: new Dictionary<string, object?> { [GroqMetadataKeys.FinishReason] = "Stop" })
        {
            AuthorName = "bot",
        };

        KernelChatEvents.Choice(answer, 0).Should().Be(
            """{"index":0,"message":{"role":"assistant","name":"bot","content":"Il fait \u003Cbeau\u003E \u00E0 Paris.","tool_calls":[]},"tool_calls":[],"finish_reason":"Stop"}""");
    }

    [Fact]
    public void Events_are_named_after_the_message_s_role_as_SK_names_them()
    {
        KernelChatEvents.EventName(AuthorRole.System).Should().Be("gen_ai.system.message");
        KernelChatEvents.EventName(AuthorRole.User).Should().Be("gen_ai.user.message");
        KernelChatEvents.EventName(AuthorRole.Assistant).Should().Be("gen_ai.assistant.message");
        KernelChatEvents.EventName(AuthorRole.Tool).Should().Be("gen_ai.tool.message");
        KernelChatEvents.EventName(AuthorRole.Developer).Should().Be("gen_ai.tool.developer", "SK's own name for it");
        KernelChatEvents.EventName(new AuthorRole("critic")).Should().Be("gen_ai.critic.message", "SK has none and would throw");
    }
}
