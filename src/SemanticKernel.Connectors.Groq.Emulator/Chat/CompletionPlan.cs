using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Models;
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
    /// The reasoning the request hides (<c>reasoning_format: hidden</c>, <c>include_reasoning: false</c>): not returned,
    /// yet generated, so it is counted in <c>completion_tokens</c> and spends the budget like visible reasoning.
    /// </summary>
    private string? HiddenReasoning { get; init; }

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
        string? hidden = null;
        if (reasoning is not null && request.HidesReasoning)
        {
            (hidden, reasoning) = (reasoning, null);
        }
        else if (reasoning is not null && request.ReasoningFormat == "raw")
        {
            content = $"<think>\n{reasoning}\n</think>\n\n{content}";
            reasoning = null;
        }

        var chatUsage = usage is null
            ? ChatUsage.Estimate(ConversationReader.PromptCharacters(request.Messages), content, reasoning ?? hidden, calls)
            : ChatUsage.From(usage);
        return new CompletionPlan(content, reasoning, calls, finishReason, chatUsage)
        {
            ExecutedTools = executedTools ?? [],
            Citations = citations ?? [],
            HiddenReasoning = hidden,
        };
    }

    /// <summary>
    /// This plan when it fits the request's <c>max_completion_tokens</c> (else the model's own maximum, which bounds every
    /// answer); else the text cut to it with <c>finish_reason: length</c> and every budgeted token used (<see cref="CompletionBudget"/>).
    /// </summary>
    /// <exception cref="GroqErrorException">A tool call or JSON answer does not fit: Groq's 400 with the generation so far.</exception>
    public CompletionPlan WithinBudget(ChatRequest request)
    {
        var max = request.MaxCompletionTokens ?? ModelCatalog.Get(request.Model).MaxCompletionTokens;
        if (Usage.CompletionTokens <= max)
        {
            return this;
        }

        var thought = Reasoning ?? HiddenReasoning;
        if (Calls.Count > 0 || request.JsonMode)
        {
            var generation = Calls.Count > 0 ? CallsText(Calls) : Content ?? string.Empty;
            var (_, written, _) = CompletionBudget.Cut(thought, generation, max);
            throw CompletionBudget.Refusal(Calls.Count > 0, written);
        }

        var (reasoning, content, reasoningTokens) = CompletionBudget.Cut(thought, Content ?? string.Empty, max);
        var hidden = HiddenReasoning is not null;
        return new CompletionPlan(content, hidden ? null : reasoning, Calls, "length", Usage with { CompletionTokens = max, ReasoningTokens = reasoningTokens })
        {
            ExecutedTools = ExecutedTools,
            Citations = [.. Citations.Where(citation => citation.EndIndex <= content.Length)],
            HiddenReasoning = hidden ? reasoning : null,
        };
    }

    private static string CallsText(IReadOnlyList<EmulatorToolCall> calls) => EmulatorJson.WriteString(writer =>
    {
        writer.WriteStartArray();
        foreach (var call in calls)
        {
            writer.WriteStartObject();
            writer.WriteString("name", call.Name);
            writer.WritePropertyName("arguments");
            writer.WriteRawValue(call.ArgumentsJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
