using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>Groq responses to MEAI types (pure).</summary>
internal static class ChatResponseMapper
{
    private static readonly JsonTypeInfo<IDictionary<string, object?>> ArgumentsTypeInfo =
        (JsonTypeInfo<IDictionary<string, object?>>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>));

    public static ChatResponse ToChatResponse(WireChatCompletion completion, GroqRateLimits? rateLimits)
    {
        WireChoice? choice = completion.Choices is { Count: > 0 } choices ? choices[0] : null;
        var contents = new List<AIContent>();
        if (choice?.Message is { } message)
        {
            if (!string.IsNullOrEmpty(message.Reasoning))
            {
                contents.Add(new TextReasoningContent(message.Reasoning));
            }

            if (message.ExecutedTools is { } executedTools)
            {
                ExecutedToolMapper.AddAll(executedTools, contents);
            }

            if (!string.IsNullOrEmpty(message.Content))
            {
                contents.Add(new TextContent(message.Content));
            }

            if (message.Annotations is { } annotations)
            {
                CitationMapper.Attach(annotations, contents);
            }

            if (message.ToolCalls is { } toolCalls)
            {
                foreach (var call in toolCalls)
                {
                    contents.Add(ToFunctionCall(call));
                }
            }
        }

        DateTimeOffset? created = ToCreatedAt(completion.Created);
        var chatMessage = new ChatMessage(ChatRole.Assistant, contents)
        {
            MessageId = completion.Id,
            CreatedAt = created,
            RawRepresentation = choice?.Message,
        };

        return new ChatResponse(chatMessage)
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = created,
            FinishReason = ToFinishReason(choice?.FinishReason),
            Usage = completion.Usage is { } usage ? ToUsageDetails(usage) : null,
            AdditionalProperties = ToAdditionalProperties(completion.XGroq?.Id, completion.SystemFingerprint, completion.ServiceTier, completion.Usage, rateLimits),
            RawRepresentation = completion,
        };
    }

    /// <summary>A whole response as the one update a stream yields when Groq cannot stream (JSON mode).</summary>
    public static ChatResponseUpdate ToSingleUpdate(ChatResponse response)
    {
        ChatMessage message = response.Messages[0];
        var contents = new List<AIContent>(message.Contents);
        if (response.Usage is { } usage)
        {
            contents.Add(new UsageContent(usage));
        }

        return new ChatResponseUpdate(ChatRole.Assistant, contents)
        {
            ResponseId = response.ResponseId,
            MessageId = message.MessageId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
            AdditionalProperties = response.AdditionalProperties,
            RawRepresentation = response.RawRepresentation,
        };
    }

    /// <summary>A call with its arguments parsed; the wire call, whose arguments text is exact, is its raw representation.</summary>
    public static FunctionCallContent ToFunctionCall(WireToolCall call)
    {
        string callId = call.Id ?? string.Empty;
        string name = call.Function?.Name ?? string.Empty;
        string? arguments = call.Function?.Arguments;
        var content = string.IsNullOrWhiteSpace(arguments)
            ? new FunctionCallContent(callId, name, new Dictionary<string, object?>())
            : FunctionCallContent.CreateFromParsedArguments(arguments, callId, name, static json => JsonSerializer.Deserialize(json, ArgumentsTypeInfo));
        content.RawRepresentation = call;
        return content;
    }

    public static ChatFinishReason? ToFinishReason(string? reason) => reason switch
    {
        null => null,
        "stop" => ChatFinishReason.Stop,
        "length" => ChatFinishReason.Length,
        "tool_calls" or "function_call" => ChatFinishReason.ToolCalls,
        "content_filter" => ChatFinishReason.ContentFilter,
        _ => new ChatFinishReason(reason),
    };

    public static DateTimeOffset? ToCreatedAt(long? unixSeconds) => WireNumbers.UnixSeconds(unixSeconds);

    public static UsageDetails ToUsageDetails(WireUsage usage) => new()
    {
        InputTokenCount = usage.PromptTokens,
        OutputTokenCount = usage.CompletionTokens,
        TotalTokenCount = usage.TotalTokens,
        CachedInputTokenCount = usage.PromptTokensDetails?.CachedTokens,
        ReasoningTokenCount = usage.CompletionTokensDetails?.ReasoningTokens,
    };

    /// <summary>Request id, fingerprint, service tier, timings and rate limits, under <see cref="GroqMetadataKeys"/>.</summary>
    public static AdditionalPropertiesDictionary? ToAdditionalProperties(
        string? requestId, string? systemFingerprint, string? serviceTier, WireUsage? usage, GroqRateLimits? rateLimits)
    {
        AdditionalPropertiesDictionary? properties = null;
        Add(ref properties, GroqMetadataKeys.RequestId, requestId);
        Add(ref properties, GroqMetadataKeys.SystemFingerprint, systemFingerprint);
        Add(ref properties, GroqMetadataKeys.ServiceTier, serviceTier);
        if (usage is not null)
        {
            Add(ref properties, GroqMetadataKeys.QueueTime, Seconds(usage.QueueTime));
            Add(ref properties, GroqMetadataKeys.PromptTime, Seconds(usage.PromptTime));
            Add(ref properties, GroqMetadataKeys.CompletionTime, Seconds(usage.CompletionTime));
            Add(ref properties, GroqMetadataKeys.TotalTime, Seconds(usage.TotalTime));
        }

        Add(ref properties, GroqMetadataKeys.RateLimits, rateLimits);
        return properties;
    }

    /// <summary>The fields of a completion or chunk whose numbers no .NET time can hold, or <see langword="null"/>.</summary>
    public static string? Unrepresentable(long? created, WireUsage? usage)
    {
        // Checked on every chunk of a stream: nothing is allocated unless a number does not fit.
        List<string>? fields = null;
        if (created is { } unixSeconds && !WireNumbers.FitsUnixSeconds(unixSeconds))
        {
            (fields ??= []).Add("created");
        }

        AddIfUnfit(ref fields, "usage.queue_time", usage?.QueueTime);
        AddIfUnfit(ref fields, "usage.prompt_time", usage?.PromptTime);
        AddIfUnfit(ref fields, "usage.completion_time", usage?.CompletionTime);
        AddIfUnfit(ref fields, "usage.total_time", usage?.TotalTime);
        return fields is null ? null : string.Join(", ", fields);
    }

    private static void AddIfUnfit(ref List<string>? fields, string name, double? seconds)
    {
        if (seconds is { } s && !WireNumbers.FitsSeconds(s))
        {
            (fields ??= []).Add(name);
        }
    }

    private static TimeSpan? Seconds(double? seconds) => WireNumbers.Seconds(seconds);

    private static void Add(ref AdditionalPropertiesDictionary? properties, string key, object? value)
    {
        if (value is not null)
        {
            (properties ??= [])[key] = value;
        }
    }
}
