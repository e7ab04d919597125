using System.Collections;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SkFunctionCall = Microsoft.SemanticKernel.FunctionCallContent;
using SkText = Microsoft.SemanticKernel.TextContent;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// A <see cref="ChatHistory"/> as the messages of one request. Enumerated, it gives the MEAI messages of
/// <see cref="KernelHistoryMapper"/>; added to a request, a message that is a single text (most of any history), a tool
/// message or an assistant message of function calls goes straight to its wire form, which is what its MEAI form would
/// have become, and any other through its MEAI form.
/// </summary>
internal sealed class KernelHistoryMessages(ChatHistory chatHistory) : IEnumerable<ChatMessage>, IWireMessageSource
{
    public int Count => chatHistory.Count;

    public void AppendTo(List<WireMessage> target)
    {
        for (int i = 0; i < chatHistory.Count; i++)
        {
            var message = chatHistory[i];
            if (SingleTextMessage(message) is { } wire)
            {
                target.Add(wire);
            }
            else if (!TryAppendToolResults(target, message) && !TryAppendCalls(target, message))
            {
                ChatMessageMapper.AppendMessage(target, KernelHistoryMapper.ToChatMessage(message));
            }
        }
    }

    public IEnumerator<ChatMessage> GetEnumerator()
    {
        for (int i = 0; i < chatHistory.Count; i++)
        {
            yield return KernelHistoryMapper.ToChatMessage(chatHistory[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Adds a tool message's results, one wire message each, as their MEAI form would add them; <see langword="false"/>
    /// for any other message.
    /// </summary>
    private static bool TryAppendToolResults(List<WireMessage> target, ChatMessageContent message)
    {
        if (message.Role != AuthorRole.Tool || message.GetType() != typeof(ChatMessageContent))
        {
            return false;
        }

        KernelHistoryMapper.AppendToolResults(message, target, static (callId, text) => ToolMessage(callId, text));
        return true;
    }

    /// <summary>
    /// Adds an assistant message made only of function calls (how SK records the calls it invokes) as its MEAI form
    /// would add it; <see langword="false"/> for any other message.
    /// </summary>
    private static bool TryAppendCalls(List<WireMessage> target, ChatMessageContent message)
    {
        var items = message.Items;
        if (message.Role != AuthorRole.Assistant || message.GetType() != typeof(ChatMessageContent) || items.Count == 0)
        {
            return false;
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not SkFunctionCall { Id: not null })
            {
                return false;
            }
        }

        var calls = new List<WireToolCall>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var call = (SkFunctionCall)items[i];
            string name = KernelTools.ToolName(call.PluginName, call.FunctionName);
            calls.Add(new WireToolCall
            {
                Id = call.Id,
                Type = "function",
                Function = new WireFunctionCall
                {
                    Name = name,
                    Arguments = ChatMessageMapper.ArgumentsText(call.InnerContent as WireToolCall, call.Id!, name, call.Arguments),
                },
            });
        }

        ChatMessageMapper.AppendAssistant(target, new WireMessage { Role = "assistant", ToolCalls = calls });
        return true;
    }

    private static WireMessage ToolMessage(string callId, string text) => new() { Role = "tool", ToolCallId = callId, Content = WireContent.FromText(text) };

    /// <summary>
    /// The wire message of a system, user or assistant message whose only item is a text, or <see langword="null"/>.
    /// A subclass may compute its content otherwise, so only <see cref="ChatMessageContent"/> itself is read this way.
    /// </summary>
    private static WireMessage? SingleTextMessage(ChatMessageContent message)
    {
        if (message.GetType() != typeof(ChatMessageContent) || message.Items.Count != 1 || message.Items[0] is not SkText item)
        {
            return null;
        }

        var role = message.Role;
        string? wireRole = role == AuthorRole.System || role == AuthorRole.Developer ? "system"
            : role == AuthorRole.User ? "user"
            : role == AuthorRole.Assistant ? "assistant"
            : null;
        return wireRole is null ? null : new WireMessage { Role = wireRole, Content = WireContent.FromText(item.Text ?? string.Empty) };
    }
}
