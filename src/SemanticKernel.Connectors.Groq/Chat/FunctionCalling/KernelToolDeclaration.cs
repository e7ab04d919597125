using System.Text.Json;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>A kernel function as the tool Groq is offered: its fully qualified name, description and parameter schema.</summary>
internal sealed class KernelToolDeclaration(string name, string? description, JsonElement schema, bool strict) : AIFunctionDeclaration
{
    private static readonly IReadOnlyDictionary<string, object?> Strict =
        new Dictionary<string, object?> { [GroqChatOptionKeys.StrictJsonSchema] = true };

    public override string Name { get; } = name;

    public override string Description { get; } = description ?? string.Empty;

    public override JsonElement JsonSchema { get; } = schema;

    public override IReadOnlyDictionary<string, object?> AdditionalProperties =>
        strict ? Strict : base.AdditionalProperties;
}
