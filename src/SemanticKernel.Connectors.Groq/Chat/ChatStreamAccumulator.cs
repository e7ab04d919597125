using System.Text;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Turns stream chunks into updates, one per chunk: text and reasoning deltas as they come (citations on the text of the
/// delta that carries them), executed built-in tools as they start and finish, tool calls accumulated by index and
/// emitted whole, usage exactly once.
/// </summary>
/// <remarks>
/// The characters of text, reasoning, tool-call arguments and executed tools a stream delivers are counted: past
/// <c>maxCharacters</c> it throws, so no server can make a caller (or the tool-call arguments kept here) grow without bound.
/// </remarks>
internal sealed class ChatStreamAccumulator(GroqRateLimits? rateLimits, int maxCharacters)
{
    /// <summary>The most tool calls one answer may have open at once; each costs memory beyond its characters.</summary>
    internal const int MaxOpenToolCalls = 1024;

    private long _characters;

    private readonly List<ToolCallBuilder> _toolCalls = [];
    private ExecutedToolStream? _executedTools;
    private string? _responseId;
    private bool _usageEmitted;

    /// <summary>
    /// The update for <paramref name="chunk"/>. It has no <see cref="ChatResponseUpdate.RawRepresentation"/>: chunks are
    /// read without building a wire object per chunk, and the chunk instance is reused by the next one.
    /// </summary>
    public ChatResponseUpdate ToUpdate(StreamChunk chunk)
    {
        _responseId ??= chunk.Id;
        var update = new ChatResponseUpdate
        {
            Role = ChatRole.Assistant,
            ResponseId = _responseId,
            MessageId = _responseId,
            ModelId = chunk.Model,
            CreatedAt = ChatResponseMapper.ToCreatedAt(chunk.Created),
        };

        // Sized for the common chunk, one piece of text; none for a chunk that brings no content.
        List<AIContent>? contents = null;
        if (chunk.HasDelta)
        {
            Count(chunk);
            if (!string.IsNullOrEmpty(chunk.Reasoning))
            {
                (contents ??= new(1)).Add(new TextReasoningContent(chunk.Reasoning));
            }

            if (chunk.ExecutedTools is { } executedTools)
            {
                (_executedTools ??= new()).Add(executedTools, contents ??= []);
            }

            if (!string.IsNullOrEmpty(chunk.Content))
            {
                (contents ??= new(1)).Add(new TextContent(chunk.Content));
            }

            if (chunk.Annotations is { } annotations)
            {
                CitationMapper.Attach(annotations, contents ??= []);
            }

            if (chunk.ToolCalls is { } toolCalls)
            {
                Accumulate(toolCalls);
            }
        }

        if (chunk.FinishReason is { } finishReason)
        {
            update.FinishReason = ChatResponseMapper.ToFinishReason(finishReason);
            if (_toolCalls.Count > 0)
            {
                EmitToolCalls(contents ??= []);
            }
        }

        WireUsage? usage = chunk.XGroq?.Usage ?? chunk.Usage;
        if (usage is not null && !_usageEmitted)
        {
            _usageEmitted = true;
            (contents ??= []).Add(new UsageContent(ChatResponseMapper.ToUsageDetails(usage)) { RawRepresentation = usage });
            update.AdditionalProperties = ChatResponseMapper.ToAdditionalProperties(chunk.XGroq?.Id, chunk.SystemFingerprint, chunk.ServiceTier, usage, rateLimits);
        }
        else if (chunk.XGroq?.Id is not null)
        {
            update.AdditionalProperties = ChatResponseMapper.ToAdditionalProperties(chunk.XGroq.Id, chunk.SystemFingerprint, chunk.ServiceTier, null, null);
        }

        if (contents is not null)
        {
            update.Contents = contents;
        }

        return update;
    }

    /// <summary>An update for tool calls still pending when the stream ended without a finish reason.</summary>
    public ChatResponseUpdate? Complete()
    {
        if (_toolCalls.Count == 0)
        {
            return null;
        }

        var update = new ChatResponseUpdate { Role = ChatRole.Assistant, ResponseId = _responseId, MessageId = _responseId };
        EmitToolCalls(update.Contents);
        return update;
    }

    private void Count(StreamChunk delta)
    {
        _characters += (delta.Content?.Length ?? 0) + (delta.Reasoning?.Length ?? 0);
        if (delta.ExecutedTools is { } executedTools)
        {
            _characters += ExecutedToolStream.Characters(executedTools);
        }

        if (delta.ToolCalls is { } toolCalls)
        {
            foreach (var call in toolCalls)
            {
                _characters += (call.Function?.Arguments?.Length ?? 0) + (call.Function?.Name?.Length ?? 0) + (call.Id?.Length ?? 0);
            }
        }

        if (_characters > maxCharacters)
        {
            throw new GroqException(
                $"Groq's stream delivered more than GroqClientOptions.MaxStreamCharacters ({maxCharacters:N0} characters of text, tool-call arguments and executed-tool results); it was abandoned.");
        }
    }

    private void Accumulate(List<WireToolCall> deltas)
    {
        foreach (var delta in deltas)
        {
            int index = delta.Index ?? _toolCalls.Count;
            ToolCallBuilder? builder = Find(index);
            if (builder is null)
            {
                if (_toolCalls.Count == MaxOpenToolCalls)
                {
                    throw new GroqException(
                        $"Groq's stream opened more than {MaxOpenToolCalls} tool calls in one answer (Groq offers at most {ChatRequestMapper.MaxTools} tools); it was abandoned.");
                }

                builder = new ToolCallBuilder(index);
                _toolCalls.Add(builder);
            }

            builder.Id ??= delta.Id;
            builder.Name ??= delta.Function?.Name;
            if (delta.Function?.Arguments is { Length: > 0 } arguments)
            {
                builder.Arguments.Append(arguments);
            }
        }
    }

    private ToolCallBuilder? Find(int index)
    {
        foreach (var builder in _toolCalls)
        {
            if (builder.Index == index)
            {
                return builder;
            }
        }

        return null;
    }

    private void EmitToolCalls(IList<AIContent> contents)
    {
        foreach (var builder in _toolCalls)
        {
            contents.Add(ChatResponseMapper.ToFunctionCall(new WireToolCall
            {
                Index = builder.Index,
                Id = builder.Id,
                Type = "function",
                Function = new WireFunctionCall { Name = builder.Name, Arguments = builder.Arguments.ToString() },
            }));
        }

        _toolCalls.Clear();
    }

    private sealed class ToolCallBuilder(int index)
    {
        public int Index { get; } = index;
        public string? Id { get; set; }
        public string? Name { get; set; }
        public StringBuilder Arguments { get; } = new();
    }
}
