using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using SemanticKernel.Connectors.Groq.Core.Wire;
using MeaiFunctionCall = Microsoft.Extensions.AI.FunctionCallContent;
using MeaiText = Microsoft.Extensions.AI.TextContent;
using SkFunctionCall = Microsoft.SemanticKernel.FunctionCallContent;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// <see cref="GroqChatClient"/>'s answers as Semantic Kernel content (pure), shaped as SK's OpenAI connector shapes them:
/// reasoning first, then the text, then the function calls with their plugin and function names; metadata under the
/// classic keys (<c>Id</c>, <c>CreatedAt</c>, <c>SystemFingerprint</c>, <c>Usage</c>, <c>FinishReason</c> as
/// <c>Stop</c>/<c>ToolCalls</c>/<c>Length</c>/<c>ContentFilter</c>) plus Groq's own (<see cref="GroqMetadataKeys"/>).
/// </summary>
internal static class KernelResponseMapper
{
    /// <summary>The streaming completion id key of SK's OpenAI connector (its answers use <c>Id</c>).</summary>
    public const string CompletionIdKey = "CompletionId";

    /// <summary>The system fingerprint key of SK's OpenAI connector.</summary>
    public const string SystemFingerprintKey = "SystemFingerprint";

    private const string InvalidArguments = "Error: Function call arguments were invalid JSON.";

    public static ChatMessageContent ToChatMessageContent(ChatResponse response, string modelId, bool retainArgumentTypes)
    {
        var metadata = Metadata(response);
        KernelBuiltInToolMetadata.AddTo(metadata, response.Messages);

        var message = new ChatMessageContent(AuthorRole.Assistant, content: null, modelId, response.RawRepresentation, Encoding.UTF8, metadata);
        foreach (var responseMessage in response.Messages)
        {
            foreach (var content in responseMessage.Contents)
            {
                switch (content)
                {
                    case TextReasoningContent { Text.Length: > 0 } reasoning:
                        message.Items.Add(new ReasoningContent(reasoning.Text) { ModelId = modelId, InnerContent = response.RawRepresentation });
                        break;
                    case MeaiText { Text.Length: > 0 } text:
                        message.Items.Add(new Microsoft.SemanticKernel.TextContent(text.Text, modelId, response.RawRepresentation, Encoding.UTF8, TextMetadata(text)));
                        break;
                    case MeaiFunctionCall call:
                        message.Items.Add(ToFunctionCall(call, modelId, retainArgumentTypes));
                        break;
                }
            }
        }

        return message;
    }

    /// <summary>
    /// One streamed update as SK's OpenAI connector yields it for the chunk it came from: the role only where the chunk
    /// names one, and each tool-call delta of the chunk as a <see cref="StreamingFunctionCallUpdateContent"/> (which
    /// <see cref="FunctionCallContentBuilder"/> assembles), rather than the whole calls MEAI's update carries at the end.
    /// </summary>
    /// <remarks><paramref name="chunk"/> is the chunk the update came from, <see langword="null"/> for an update that is not one chunk.</remarks>
    public static StreamingChatMessageContent ToStreamingContent(
        ChatResponseUpdate update, StreamChunk? chunk, string modelId, int requestIndex, IReadOnlyDictionary<string, object?> metadata)
    {
        string? text = null;
        List<StreamingKernelContent>? reasoning = null;
        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            // Indexed: a foreach over the IList would box its enumerator on every chunk.
            switch (contents[i])
            {
                case MeaiText { Text.Length: > 0 } t:
                    text = text is null ? t.Text : text + t.Text;
                    break;
                case TextReasoningContent { Text.Length: > 0 } r:
                    (reasoning ??= []).Add(new StreamingReasoningContent(r.Text) { ModelId = modelId, InnerContent = update.RawRepresentation });
                    break;
            }
        }

        var delta = chunk is { HasDelta: true } ? chunk : null;
        var role = delta is null || delta.Role is not null ? AuthorRole.Assistant : (AuthorRole?)null;
        text ??= delta?.Content; // an empty content delta is an (empty) text item, as SK's OpenAI connector has it
        // The text item added here is the one SK's constructor would add for `content`, without the two LINQ walks over
        // the items its Content setter and Encoding getter make on every chunk to find none.
        var streamed = new StreamingChatMessageContent(role, content: null, update.RawRepresentation, 0, modelId, Encoding.UTF8, metadata);
        if (text is not null)
        {
            streamed.Items.Add(new StreamingTextContent(text, 0, modelId, update.RawRepresentation, Encoding.UTF8, metadata));
        }

        for (int i = (reasoning?.Count ?? 0) - 1; i >= 0; i--)
        {
            streamed.Items.Insert(0, reasoning![i]);
        }

        if (delta is null)
        {
            AddWholeCalls(streamed, update, modelId, requestIndex);
            return streamed;
        }

        if (delta.ToolCalls is not { } toolCalls)
        {
            return streamed;
        }

        foreach (var call in toolCalls)
        {
            if (call.Id is null && call.Function?.Name is null && string.IsNullOrEmpty(call.Function?.Arguments))
            {
                continue;
            }

            streamed.Items.Add(new StreamingFunctionCallUpdateContent(call.Id, call.Function?.Name, call.Function?.Arguments ?? string.Empty, call.Index ?? 0)
            {
                RequestIndex = requestIndex,
                ModelId = modelId,
            });
        }

        return streamed;
    }

    /// <summary>
    /// The metadata of a streamed update. Updates carrying only the stream's identity share <paramref name="identity"/>,
    /// one read-only dictionary per stream, so a long answer does not build one per chunk.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> StreamingMetadata(ChatResponseUpdate update, ref IReadOnlyDictionary<string, object?>? identity)
    {
        UsageDetails? usage = null;
        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is UsageContent u)
            {
                usage = u.Details;
            }
        }

        bool identityOnly = update.FinishReason is null && usage is null && update.AdditionalProperties is not { Count: > 0 }
            && !KernelBuiltInToolMetadata.Any(update.Contents);
        if (identityOnly && identity is not null
            && identity[GroqMetadataKeys.Id] as string == update.ResponseId
            && identity[GroqMetadataKeys.Created] as DateTimeOffset? == update.CreatedAt)
        {
            return identity;
        }

        var metadata = new Dictionary<string, object?>(6 + (update.AdditionalProperties?.Count ?? 0))
        {
            [GroqMetadataKeys.Id] = update.ResponseId,
            [CompletionIdKey] = update.ResponseId,
            [GroqMetadataKeys.Created] = update.CreatedAt,
            [SystemFingerprintKey] = update.AdditionalProperties?.GetValueOrDefault(GroqMetadataKeys.SystemFingerprint),
            [GroqMetadataKeys.Usage] = usage,
            [GroqMetadataKeys.FinishReason] = FinishReason(update.FinishReason),
        };

        AddAll(metadata, update.AdditionalProperties);
        KernelBuiltInToolMetadata.AddTo(metadata, update.Contents);
        if (!identityOnly)
        {
            return metadata;
        }

        identity = metadata.AsReadOnly();
        return identity;
    }

    /// <summary>The calls of an update that is a whole answer (JSON mode cannot stream), one update per call.</summary>
    private static void AddWholeCalls(StreamingChatMessageContent streamed, ChatResponseUpdate update, string modelId, int requestIndex)
    {
        int position = 0;
        foreach (var content in update.Contents)
        {
            if (content is MeaiFunctionCall call)
            {
                var wire = call.RawRepresentation as WireToolCall;
                streamed.Items.Add(new StreamingFunctionCallUpdateContent(call.CallId, call.Name, wire?.Function?.Arguments ?? string.Empty, wire?.Index ?? position)
                {
                    RequestIndex = requestIndex,
                    ModelId = modelId,
                });
                position++;
            }
        }
    }

    /// <summary>SK's names for finish reasons, which code written for SK's OpenAI connector compares against.</summary>
    public static string? FinishReason(ChatFinishReason? reason) =>
        reason is not { } value ? null
        : value == ChatFinishReason.Stop ? "Stop"
        : value == ChatFinishReason.Length ? "Length"
        : value == ChatFinishReason.ToolCalls ? "ToolCalls"
        : value == ChatFinishReason.ContentFilter ? "ContentFilter"
        : value.Value;

    public static SkFunctionCall ToFunctionCall(MeaiFunctionCall call, string? modelId, bool retainArgumentTypes)
    {
        var (pluginName, functionName) = KernelTools.Split(call.Name);
        KernelArguments? arguments = null;
        if (call.Exception is null && call.Arguments is { } parsed)
        {
            arguments = new KernelArguments();
            foreach (var (name, value) in parsed)
            {
                // SK's connectors hand functions text unless asked to keep the JSON types.
                arguments[name] = retainArgumentTypes ? value : value?.ToString();
            }
        }

        return new SkFunctionCall(functionName, pluginName, call.CallId, arguments)
        {
            InnerContent = call.RawRepresentation,
            ModelId = modelId,
            Exception = call.Exception is { } exception ? new KernelException(InvalidArguments, exception) : null,
        };
    }

    private static Dictionary<string, object?> Metadata(ChatResponse response)
    {
        // Sized for every key up front: growing through 3, 7 and 17 entries would allocate each size in turn.
        var metadata = new Dictionary<string, object?>(5 + (response.AdditionalProperties?.Count ?? 0))
        {
            [GroqMetadataKeys.Id] = response.ResponseId,
            [GroqMetadataKeys.Created] = response.CreatedAt,
            [SystemFingerprintKey] = response.AdditionalProperties?.GetValueOrDefault(GroqMetadataKeys.SystemFingerprint),
            [GroqMetadataKeys.Usage] = response.Usage,
            [GroqMetadataKeys.FinishReason] = FinishReason(response.FinishReason),
        };

        AddAll(metadata, response.AdditionalProperties);
        return metadata;
    }

    /// <summary>The citations of a text, on the SK text item too, so code reading the items finds them.</summary>
    private static Dictionary<string, object?>? TextMetadata(MeaiText text)
    {
        if (text.Annotations is not { Count: > 0 })
        {
            return null;
        }

        var metadata = new Dictionary<string, object?>();
        return KernelBuiltInToolMetadata.AddTo(metadata, [text]) ? metadata : null;
    }

    private static void AddAll(Dictionary<string, object?> metadata, AdditionalPropertiesDictionary? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (key, value) in properties)
        {
            metadata[key] = value;
        }
    }
}
