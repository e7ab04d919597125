using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>What to answer, independent of whether it is rendered as JSON or as an SSE stream.</summary>
internal sealed class CompletionPlan
{
    private CompletionPlan(string? content, string? reasoning, IReadOnlyList<EmulatorToolCall> calls, string finishReason, ChatUsage usage)
    {
        Content = content;
        Reasoning = reasoning;
        Calls = calls;
        FinishReason = finishReason;
        Usage = usage;
    }

    public string? Content { get; }

    public string? Reasoning { get; }

    public IReadOnlyList<EmulatorToolCall> Calls { get; }

    public string FinishReason { get; }

    public ChatUsage Usage { get; }

    /// <summary>The built-in tools the model ran before answering (<c>executed_tools</c>).</summary>
    public IReadOnlyList<EmulatedExecutedTool> ExecutedTools { get; private init; } = [];

    /// <summary>The document citations of <see cref="Content"/> (<c>annotations</c>).</summary>
    public IReadOnlyList<EmulatedCitation> Citations { get; private init; } = [];

    /// <summary>
    /// Places the reasoning as the request asks (<c>message.reasoning</c>, <c>&lt;think&gt;</c> in content for
    /// <c>raw</c>, or dropped) and computes usage unless a script imposes it.
    /// </summary>
    public static CompletionPlan Create(
        ChatRequest request,
        string? content,
        string? reasoning,
        IReadOnlyList<EmulatorToolCall> calls,
        string finishReason,
        UsageOverride? usage,
        IReadOnlyList<EmulatedExecutedTool>? executedTools = null,
        IReadOnlyList<EmulatedCitation>? citations = null)
    {
        if (reasoning is not null && request.HidesReasoning)
        {
            reasoning = null;
        }
        else if (reasoning is not null && request.ReasoningFormat == "raw")
        {
            content = $"<think>\n{reasoning}\n</think>\n\n{content}";
            reasoning = null;
        }

        var chatUsage = usage is null
            ? ChatUsage.Estimate(ConversationReader.PromptCharacters(request.Messages), content, reasoning, calls)
            : ChatUsage.From(usage);
        return new CompletionPlan(content, reasoning, calls, finishReason, chatUsage)
        {
            ExecutedTools = executedTools ?? [],
            Citations = citations ?? [],
        };
    }
}
