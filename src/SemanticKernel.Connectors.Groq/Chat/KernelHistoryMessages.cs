using System.Collections;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SkFunctionResult = Microsoft.SemanticKernel.FunctionResultContent;
using SkText = Microsoft.SemanticKernel.TextContent;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// A <see cref="ChatHistory"/> as the messages of one request. Enumerated, it gives the MEAI messages of
/// <see cref="KernelHistoryMapper"/>; added to a request, a message that is a single text (most of any history) or a
/// tool message goes straight to its wire form, which is what its MEAI form would have become, and any other through
/// its MEAI form.
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
            else if (!TryAppendToolResults(target, message))
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

        if (message.Metadata?.TryGetValue(KernelHistoryMapper.ToolCallIdKey, out object? id) == true && id?.ToString() is { } callId)
        {
            target.Add(ToolMessage(callId, message.Content ?? string.Empty));
            return true;
        }

        int before = target.Count;
        var items = message.Items;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is SkFunctionResult result)
            {
                target.Add(ToolMessage(result.CallId ?? string.Empty, KernelFunctionResults.ToText(result.Result)));
            }
        }

        return target.Count > before ? true : throw new NotSupportedException("No function result provided in the tool message.");
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
