using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// The parameter schema a tool is offered with. A declaration whose schema cannot change (those AIFunctionFactory
/// creates and the kernel functions' declarations, which fix it when built) has it written once and sent as those
/// bytes from then on; any other, whose <see cref="AIFunctionDeclaration.JsonSchema"/> may be computed anew (a
/// wrapper's comes from the function it wraps), is written on every request.
/// </summary>
internal static class ToolSchemas
{
    private static readonly ConditionalWeakTable<AIFunctionDeclaration, WireJsonValue> Written = [];

    public static WireJsonValue? For(AIFunctionDeclaration function)
    {
        var schema = function.JsonSchema;
        if (schema.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        return HasFixedSchema(function) ? Written.GetValue(function, static f => WireJsonValue.Written(f.JsonSchema)) : WireJsonValue.Of(schema);
    }

    // AIFunctionFactory's functions and declarations fix their schema when created; MEAI's wrappers (DelegatingAIFunction,
    // AsDeclarationOnly) forward their inner function's, which may be anything, so they are not counted.
    private static bool HasFixedSchema(AIFunctionDeclaration function) =>
        function is KernelToolDeclaration || function.GetType().DeclaringType == typeof(AIFunctionFactory);
}
