using System.Text.Json;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// A kernel function as the tool Groq is offered: its fully qualified name, description, parameter schema and whether
/// the schema is strict (<see langword="null"/>: not stated).
/// </summary>
internal sealed class KernelToolDeclaration(string name, string? description, JsonElement schema, bool? strict) : AIFunctionDeclaration
{
    // Stated either way, as SK's OpenAI connector states it on every tool.
    private static readonly IReadOnlyDictionary<string, object?> Strict =
        new Dictionary<string, object?> { [GroqChatOptionKeys.StrictJsonSchema] = true };

    private static readonly IReadOnlyDictionary<string, object?> NotStrict =
        new Dictionary<string, object?> { [GroqChatOptionKeys.StrictJsonSchema] = false };

    public override string Name { get; } = name;

    public override string Description { get; } = description ?? string.Empty;

    public override JsonElement JsonSchema { get; } = schema;

    public override IReadOnlyDictionary<string, object?> AdditionalProperties => strict switch
    {
        true => Strict,
        false => NotStrict,
        null => base.AdditionalProperties,
    };
}
