using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>MEAI chat messages to Groq wire messages (pure). Author names are never sent: Groq rejects <c>name</c>.</summary>
internal static class ChatMessageMapper
{
    private const string DetailKey = "detail";

    // AIJsonUtilities' defaults indent; arguments and results go back to the model compact, as it wrote them.
    internal static readonly JsonSerializerOptions CompactJson = new(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
    private static readonly JsonTypeInfo ObjectTypeInfo = CompactJson.GetTypeInfo(typeof(object));
    private static readonly JsonTypeInfo ArgumentsTypeInfo = CompactJson.GetTypeInfo(typeof(IDictionary<string, object?>));

    /// <summary>OpenAI's newer name for the system role (SK's <c>AuthorRole.Developer</c>); Groq knows it as system.</summary>
    private static readonly ChatRole Developer = new("developer");

    public static void AppendMessages(List<WireMessage> target, IEnumerable<ChatMessage> messages)
    {
        if (messages is IWireMessageSource source)
        {
            source.AppendTo(target);
            return;
        }

        foreach (var message in messages)
        {
            AppendMessage(target, message);
        }
    }

    public static void AppendMessage(List<WireMessage> target, ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message, "messages");
        if (message.Role == ChatRole.System || message.Role == Developer)
        {
            target.Add(new WireMessage { Role = "system", Content = WireContent.FromText(SystemText(message)) });
        }
        else if (message.Role == ChatRole.User)
        {
            AppendUser(target, message);
        }
        else if (message.Role == ChatRole.Assistant)
        {
            AppendAssistant(target, ToAssistant(message));
        }
        else if (message.Role == ChatRole.Tool)
        {
            AppendToolResults(target, message);
        }
        else
        {
            throw new NotSupportedException($"Groq does not accept messages with role '{message.Role}'. Use system, user, assistant or tool.");
        }
    }

    private static string SystemText(ChatMessage message)
    {
        var contents = message.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is not TextContent and not UsageContent)
            {
                throw new NotSupportedException($"Groq system messages take text only; {contents[i].GetType().Name} cannot be sent.");
            }
        }

        return message.Text;
    }

    private static void AppendUser(List<WireMessage> target, ChatMessage message)
    {
        // A lone text goes as a plain string; parts are only built once a second part (or an image) shows up.
        var contents = message.Contents;
        List<WireContentPart>? parts = null;
        string? onlyText = null;
        for (int i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            switch (content)
            {
                case TextContent text when parts is null && onlyText is null:
                    onlyText = text.Text;
                    break;
                case TextContent text:
                    AddPart(ref parts, ref onlyText, TextPart(text.Text));
                    break;
                case DataContent data when data.HasTopLevelMediaType("image"):
                    AddPart(ref parts, ref onlyText, ImagePart(data.Uri, content));
                    break;
                case UriContent uri when uri.HasTopLevelMediaType("image"):
                    AddPart(ref parts, ref onlyText, ImagePart(uri.Uri.IsAbsoluteUri ? uri.Uri.AbsoluteUri : uri.Uri.OriginalString, content));
                    break;
                case FunctionResultContent result:
                    target.Add(ToToolMessage(result));
                    break;
                case DataContent data:
                    throw Unsupported(data.GetType().Name, data.MediaType);
                case UriContent uri:
                    throw Unsupported(uri.GetType().Name, uri.MediaType);
                case UsageContent or TextReasoningContent:
                    break;
                default:
                    throw Unsupported(content.GetType().Name, null);
            }
        }

        if (parts is null && onlyText is null)
        {
            return;
        }

        target.Add(new WireMessage
        {
            Role = "user",
            Content = parts is null ? WireContent.FromText(onlyText!) : WireContent.FromParts(parts),
        });
    }

    /// <summary>Adds <paramref name="part"/>, first turning a lone text seen so far into the first part.</summary>
    private static void AddPart(ref List<WireContentPart>? parts, ref string? onlyText, WireContentPart part)
    {
        if (parts is null)
        {
            parts = [];
            if (onlyText is not null)
            {
                parts.Add(TextPart(onlyText));
                onlyText = null;
            }
        }

        parts.Add(part);
    }

    private static WireContentPart TextPart(string text) => new() { Type = "text", Text = text };

    private static WireContentPart ImagePart(string url, AIContent content) => new()
    {
        Type = "image_url",
        ImageUrl = new WireImageUrl
        {
            Url = url,
            Detail = content.AdditionalProperties?.TryGetValue(DetailKey, out var detail) == true ? detail?.ToString() : null,
        },
    };

    /// <summary>
    /// Adds an assistant message, joining tool calls that arrive one message per call (as SK's streaming bridge
    /// records parallel calls) into the one message they came in, so each call is answered before the next turn.
    /// </summary>
    internal static void AppendAssistant(List<WireMessage> target, WireMessage assistant)
    {
        if (assistant is { Content: null, ToolCalls: { } calls, Reasoning: null }
            && target.Count > 0 && target[^1] is { Role: "assistant", ToolCalls: { } earlier })
        {
            earlier.AddRange(calls);
            return;
        }

        target.Add(assistant);
    }

    private static WireMessage ToAssistant(ChatMessage message)
    {
        // Almost always one text: it is sent as it is, and only a second one starts a builder.
        string? text = null;
        StringBuilder? texts = null;
        string? reasoning = null;
        List<WireToolCall>? toolCalls = null;
        var contents = message.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            switch (content)
            {
                case TextContent t when text is null:
                    text = t.Text;
                    break;
                case TextContent t:
                    (texts ??= new StringBuilder(text)).Append(t.Text);
                    break;
                case TextReasoningContent r when !string.IsNullOrEmpty(r.Text):
                    reasoning = reasoning is null ? r.Text : reasoning + r.Text;
                    break;
                case FunctionCallContent call:
                    (toolCalls ??= []).Add(new WireToolCall
                    {
                        Id = call.CallId,
                        Type = "function",
                        Function = new WireFunctionCall { Name = call.Name, Arguments = ArgumentsText(call) },
                    });
                    break;
                case TextReasoningContent or UsageContent or ErrorContent:
                    break;
                // Built-in tools Groq ran (executed_tools) have no place in a request: the answer's text already holds what they found.
                case ToolCallContent or ToolResultContent when content is not FunctionResultContent:
                    break;
                default:
                    throw Unsupported(content.GetType().Name, (content as DataContent)?.MediaType);
            }
        }

        return new WireMessage
        {
            Role = "assistant",
            Content = text is not null || toolCalls is null ? WireContent.FromText(texts?.ToString() ?? text ?? string.Empty) : null,
            ToolCalls = toolCalls,
            Reasoning = reasoning,
        };
    }

    private static void AppendToolResults(List<WireMessage> target, ChatMessage message)
    {
        var contents = message.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            var content = contents[i];
            switch (content)
            {
                case FunctionResultContent result:
                    target.Add(ToToolMessage(result));
                    break;
                case UsageContent:
                    break;
                default:
                    throw new NotSupportedException(
                        $"Groq tool messages carry function results only; {content.GetType().Name} cannot be sent in a tool message.");
            }
        }
    }

    private static WireMessage ToToolMessage(FunctionResultContent result) => new()
    {
        Role = "tool",
        ToolCallId = result.CallId,
        Content = WireContent.FromText(ResultText(result)),
    };

    private static string ResultText(FunctionResultContent result) => result.Result switch
    {
        null when result.Exception is { } ex => $"Error: {ex.Message}",
        null => string.Empty,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        var other => JsonSerializer.Serialize(other, ObjectTypeInfo),
    };

    /// <summary>A call Groq made is sent back with the arguments text Groq wrote; any other call with its arguments serialized.</summary>
    private static string ArgumentsText(FunctionCallContent call) => ArgumentsText(call.RawRepresentation, call.CallId, call.Name, call.Arguments);

    /// <summary>As <see cref="ArgumentsText(FunctionCallContent)"/>, for a call given by its parts.</summary>
    internal static string ArgumentsText(object? rawRepresentation, string callId, string name, IDictionary<string, object?>? arguments) =>
        rawRepresentation is WireToolCall { Id: var id, Function: { Name: var wireName, Arguments: { } raw } } && id == callId && wireName == name
            ? raw
            : SerializeArguments(arguments);

    private static string SerializeArguments(IDictionary<string, object?>? arguments) =>
        arguments is null
            ? "{}"
            : JsonSerializer.Serialize(arguments, ArgumentsTypeInfo);

    private static NotSupportedException Unsupported(string contentType, string? mediaType) => new(
        mediaType is null
            ? $"Groq chat cannot take {contentType} content."
            : $"Groq chat cannot take {contentType} content of media type '{mediaType}': only text and images (image/*) are accepted.");
}
