using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>A validated <c>/chat/completions</c> request: the facts the responders and renderers need.</summary>
internal sealed class ChatRequest
{
    public required string Model { get; init; }

    public required JsonElement Messages { get; init; }

    public bool Stream { get; init; }

    /// <summary><c>text</c>, <c>json_object</c>, <c>json_schema</c>, or null when absent.</summary>
    public string? ResponseFormatType { get; init; }

    /// <summary>The <c>json_schema.schema</c> object in JSON-schema mode.</summary>
    public JsonElement? JsonSchema { get; init; }

    public IReadOnlyList<FunctionTool> Functions { get; init; } = [];

    /// <summary><c>none</c>, <c>auto</c>, <c>required</c>, <c>function</c> (named), or null when absent.</summary>
    public string? ToolChoice { get; init; }

    public string? ToolChoiceFunction { get; init; }

    public string? ReasoningFormat { get; init; }

    public bool? IncludeReasoning { get; init; }

    public string ServiceTier { get; init; } = "on_demand";

    /// <summary><c>max_completion_tokens</c>, else its deprecated alias <c>max_tokens</c>: the budget of reasoning and answer.</summary>
    public int? MaxCompletionTokens { get; init; }

    /// <summary><c>reasoning_effort</c> as sent (<c>none</c>, <c>default</c>, <c>low</c>, <c>medium</c>, <c>high</c>), or null.</summary>
    public string? ReasoningEffort { get; init; }

    public long Seed { get; init; }

    /// <summary>The built-in tool types offered (<c>browser_search</c>, <c>code_interpreter</c>).</summary>
    public IReadOnlyList<string> BuiltInTools { get; init; } = [];

    public IReadOnlyList<EmulatedDocument> Documents { get; init; } = [];

    /// <summary>Whether <c>citation_options</c> is <c>"enabled"</c>.</summary>
    public bool CitationsEnabled { get; init; }

    public bool JsonMode => ResponseFormatType is "json_object" or "json_schema";

    /// <summary>Whether reasoning is dropped from the answer (<c>reasoning_format: hidden</c> or <c>include_reasoning: false</c>).</summary>
    public bool HidesReasoning => ReasoningFormat == "hidden" || IncludeReasoning == false;
}
