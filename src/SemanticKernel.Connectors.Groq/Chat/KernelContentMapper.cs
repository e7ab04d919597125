using System.Collections.ObjectModel;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using FunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;
using FunctionResultContent = Microsoft.SemanticKernel.FunctionResultContent;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Carries reasoning and response metadata across SK's chat-client bridge: <c>Pack</c> on the MEAI side,
/// <c>Unpack</c> on the SK side, where they become <see cref="ReasoningContent"/> / <see cref="StreamingReasoningContent"/>
/// items and <c>Metadata</c> entries.
/// </summary>
internal static class KernelContentMapper
{
    /// <summary>
    /// Packs every message with all the metadata its SK content gets: what the bridge would give (the message's
    /// properties, the response's usage) and ours; only the last message, the answer, gets the response-wide entries.
    /// </summary>
    public static void Pack(ChatResponse response)
    {
        object? responseRaw = response.RawRepresentation;
        var messages = response.Messages;
        for (int i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            bool answer = i == messages.Count - 1;
            var metadata = new Dictionary<string, object?>();
            AddAll(metadata, message.AdditionalProperties);
            Add(metadata, GroqMetadataKeys.Id, message.MessageId ?? (answer ? response.ResponseId : null));
            Add(metadata, GroqMetadataKeys.Created, message.CreatedAt ?? (answer ? response.CreatedAt : null));
            Add(metadata, GroqMetadataKeys.Usage, response.Usage);
            if (answer)
            {
                Add(metadata, GroqMetadataKeys.FinishReason, response.FinishReason?.Value);
                AddAll(metadata, response.AdditionalProperties);
            }

            message.RawRepresentation = new KernelBridgeEnvelope(responseRaw ?? message.RawRepresentation, metadata, Reasoning(message.Contents));
        }

        response.RawRepresentation = null;
    }

    /// <summary>
    /// Packs an update with all the metadata its SK content gets: the update's properties and ours. Most updates of a
    /// stream carry only its id and creation time; they share <paramref name="identity"/>, one read-only dictionary.
    /// </summary>
    public static void Pack(ChatResponseUpdate update, ref IReadOnlyDictionary<string, object?>? identity)
    {
        bool identityOnly = update.FinishReason is null && update.AdditionalProperties is not { Count: > 0 } && !HasUsage(update.Contents);
        IReadOnlyDictionary<string, object?> metadata;
        if (identityOnly && identity is not null && IsIdentityOf(identity, update))
        {
            metadata = identity;
        }
        else
        {
            var built = new Dictionary<string, object?>();
            Add(built, GroqMetadataKeys.Id, update.ResponseId);
            Add(built, GroqMetadataKeys.Created, update.CreatedAt);
            Add(built, GroqMetadataKeys.FinishReason, update.FinishReason?.Value);
            AddAll(built, update.AdditionalProperties);
            foreach (var content in update.Contents)
            {
                if (content is UsageContent usage)
                {
                    Add(built, GroqMetadataKeys.Usage, usage.Details);
                }
            }

            metadata = identityOnly ? identity = new ReadOnlyDictionary<string, object?>(built) : built;
        }

        update.RawRepresentation = new KernelBridgeEnvelope(update.RawRepresentation, metadata, Reasoning(update.Contents));
    }

    public static void Unpack(ChatMessageContent content, Kernel? kernel)
    {
        for (int i = 0; i < content.Items.Count; i++)
        {
            content.Items[i] = content.Items[i] switch
            {
                FunctionCallContent call => KernelFunctionNames.WithPlugin(call, kernel),
                FunctionResultContent result => KernelFunctionNames.WithPlugin(result, kernel),
                var item => item,
            };
        }

        if (content.InnerContent is not KernelBridgeEnvelope envelope)
        {
            return;
        }

        content.InnerContent = envelope.InnerContent;
        content.Metadata = envelope.Metadata;
        for (int i = envelope.Reasoning.Count - 1; i >= 0; i--)
        {
            content.Items.Insert(0, new ReasoningContent(envelope.Reasoning[i]) { ModelId = content.ModelId, InnerContent = envelope.InnerContent });
        }
    }

    public static void Unpack(StreamingChatMessageContent content, Kernel? kernel)
    {
        for (int i = 0; i < content.Items.Count; i++)
        {
            if (content.Items[i] is StreamingFunctionCallUpdateContent call)
            {
                content.Items[i] = KernelFunctionNames.WithPlugin(call, kernel);
            }
        }

        if (content.InnerContent is not KernelBridgeEnvelope envelope)
        {
            return;
        }

        content.InnerContent = envelope.InnerContent;
        content.Metadata = envelope.Metadata;
        for (int i = envelope.Reasoning.Count - 1; i >= 0; i--)
        {
            content.Items.Insert(0, new StreamingReasoningContent(envelope.Reasoning[i]) { ModelId = content.ModelId, InnerContent = envelope.InnerContent });
        }
    }

    private static bool HasUsage(IList<AIContent> contents)
    {
        foreach (var content in contents)
        {
            if (content is UsageContent)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdentityOf(IReadOnlyDictionary<string, object?> identity, ChatResponseUpdate update)
    {
        identity.TryGetValue(GroqMetadataKeys.Id, out object? id);
        identity.TryGetValue(GroqMetadataKeys.Created, out object? created);
        return id as string == update.ResponseId && created as DateTimeOffset? == update.CreatedAt;
    }

    private static IReadOnlyList<string> Reasoning(IList<AIContent> contents)
    {
        List<string>? texts = null;
        foreach (var content in contents)
        {
            if (content is TextReasoningContent { Text.Length: > 0 } reasoning)
            {
                (texts ??= []).Add(reasoning.Text);
            }
        }

        return texts ?? (IReadOnlyList<string>)Array.Empty<string>();
    }

    private static void AddAll(Dictionary<string, object?> metadata, AdditionalPropertiesDictionary? properties)
    {
        foreach (var (key, value) in properties ?? [])
        {
            Add(metadata, key, value);
        }
    }

    private static void Add(Dictionary<string, object?> metadata, string key, object? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
