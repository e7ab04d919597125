using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using SemanticKernel.Connectors.Groq.Core.Wire;
using MeaiFunctionCall = Microsoft.Extensions.AI.FunctionCallContent;
using MeaiFunctionResult = Microsoft.Extensions.AI.FunctionResultContent;
using MeaiText = Microsoft.Extensions.AI.TextContent;
using SkFunctionCall = Microsoft.SemanticKernel.FunctionCallContent;
using SkFunctionResult = Microsoft.SemanticKernel.FunctionResultContent;
using SkText = Microsoft.SemanticKernel.TextContent;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// A Semantic Kernel <see cref="ChatHistory"/> as the MEAI messages <see cref="GroqChatClient"/> sends (pure), read as
/// SK's OpenAI connector reads it: kernel function calls under their tool names <c>Plugin-Function</c>, results as
/// their text, a tool message given as text with OpenAI's tool-call id in its metadata, images with their detail level.
/// </summary>
internal static class KernelHistoryMapper
{
    /// <summary>The metadata key of SK's OpenAI connector for the call a text-only tool message answers.</summary>
    public const string ToolCallIdKey = "ChatCompletionsToolCall.Id";

    /// <summary>The metadata key of SK's OpenAI connector for an image's detail level (auto, low, high).</summary>
    public const string ImageDetailKey = "ChatImageDetailLevel";

    /// <summary>The history as the messages of one request, read when the request is built (see <see cref="KernelHistoryMessages"/>).</summary>
    public static IEnumerable<ChatMessage> ToChatMessages(ChatHistory chatHistory) => new KernelHistoryMessages(chatHistory);

    /// <summary>The history's MEAI messages, made now: for a request kept to be sent later.</summary>
    public static List<ChatMessage> ToChatMessageList(ChatHistory chatHistory)
    {
        var messages = new List<ChatMessage>(chatHistory.Count);
        foreach (var message in chatHistory)
        {
            messages.Add(ToChatMessage(message));
        }

        return messages;
    }

    public static ChatMessage ToChatMessage(ChatMessageContent message)
    {
        var role = message.Role;
        if (role == AuthorRole.System || role == AuthorRole.Developer)
        {
            return new ChatMessage(ChatRole.System, message.Content ?? string.Empty);
        }

        if (role == AuthorRole.User)
        {
            return new ChatMessage(ChatRole.User, UserContents(message));
        }

        if (role == AuthorRole.Assistant)
        {
            return new ChatMessage(ChatRole.Assistant, AssistantContents(message));
        }

        if (role == AuthorRole.Tool)
        {
            return new ChatMessage(ChatRole.Tool, ToolContents(message));
        }

        throw new NotSupportedException($"Groq does not accept messages with role '{role}'. Use system, user, assistant or tool.");
    }

    private static List<AIContent> UserContents(ChatMessageContent message)
    {
        var contents = new List<AIContent>(message.Items.Count);
        var items = message.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            contents.Add(item switch
            {
                SkText text => new MeaiText(text.Text),
                ImageContent image => Image(image),
                _ => throw new NotSupportedException(
                    $"Groq chat cannot take {item.GetType().Name} content in a user message: only text and images are accepted."),
            });
        }

        return contents;
    }

    private static AIContent Image(ImageContent image)
    {
        AIContent content = image switch
        {
            { Data: { IsEmpty: false } data } => new DataContent(data, image.MimeType ?? "image/*"),
            { Uri: { } uri } => new UriContent(uri, image.MimeType ?? "image/*"),
            _ => throw new ArgumentException($"{nameof(ImageContent)} must have either Data or a Uri."),
        };

        if (image.Metadata?.TryGetValue(ImageDetailKey, out object? detail) == true && detail?.ToString() is { Length: > 0 } level)
        {
            content.AdditionalProperties = new() { ["detail"] = DetailLevel(level) };
        }

        return content;
    }

    private static string DetailLevel(string level) => level.ToUpperInvariant() switch
    {
        "AUTO" => "auto",
        "LOW" => "low",
        "HIGH" => "high",
        _ => throw new ArgumentException($"Unknown image detail level '{level}'. Supported values are 'Auto', 'Low' and 'High'."),
    };

    private static List<AIContent> AssistantContents(ChatMessageContent message)
    {
        var contents = new List<AIContent>(message.Items.Count);
        var items = message.Items;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item)
            {
                case ReasoningContent { Text.Length: > 0 } reasoning:
                    contents.Add(new TextReasoningContent(reasoning.Text));
                    break;
                case SkFunctionCall { Id: { } id } call:
                    // A call Groq made goes back with the arguments text it wrote (SK's connectors resend the wire call).
                    contents.Add(new MeaiFunctionCall(id, KernelTools.ToolName(call.PluginName, call.FunctionName), call.Arguments)
                    {
                        RawRepresentation = call.InnerContent as WireToolCall,
                    });
                    break;
            }
        }

        if (message.Content is { Length: > 0 } text)
        {
            contents.Add(new MeaiText(text));
        }

        return contents;
    }

    private static List<AIContent> ToolContents(ChatMessageContent message)
    {
        var results = new List<AIContent>(1);
        AppendToolResults(message, results, static (callId, text) => new MeaiFunctionResult(callId, text));
        return results;
    }

    /// <summary>
    /// Adds a tool message's results to <paramref name="target"/>, each made by <paramref name="make"/> from its call id and
    /// result text: the message's own text under its tool call id metadata, else one per function result item.
    /// </summary>
    /// <exception cref="NotSupportedException">The message carries no result.</exception>
    internal static void AppendToolResults<T>(ChatMessageContent message, List<T> target, Func<string, string, T> make)
    {
        if (message.Metadata?.TryGetValue(ToolCallIdKey, out object? id) == true && id?.ToString() is { } callId)
        {
            target.Add(make(callId, message.Content ?? string.Empty));
            return;
        }

        int before = target.Count;
        var items = message.Items;
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is SkFunctionResult result)
            {
                target.Add(make(result.CallId ?? string.Empty, KernelFunctionResults.ToText(result.Result)));
            }
        }

        if (target.Count == before)
        {
            throw new NotSupportedException("No function result provided in the tool message.");
        }
    }
}
