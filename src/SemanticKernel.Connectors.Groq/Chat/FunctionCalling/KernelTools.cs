using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// Kernel functions as Groq tools, named and described as SK's own OpenAI connector offers them: <c>Plugin-Function</c>,
/// and a parameter object whose properties are the functions' parameter schemas (a parameter without one is a string).
/// </summary>
internal static class KernelTools
{
    /// <summary>Separates plugin and function in a tool name, as in SK's OpenAI connector.</summary>
    public const string NameSeparator = "-";

    /// <summary>
    /// The tool sent with <c>tool_choice: "none"</c> when a function choice behavior offers no function: Groq takes a
    /// tool choice only with tools, and "none" is how SK's connectors tell the model not to call anything further.
    /// </summary>
    public static readonly AIFunctionDeclaration Placeholder = new KernelToolDeclaration(
        "NonInvocableTool", "A placeholder tool used when no real tools are available", JsonElement.Parse("""{"type":"object","required":[],"properties":{}}"""), strict: null);

    private static readonly ConditionalWeakTable<KernelFunction, AIFunctionDeclaration> Declarations = [];
    private static readonly ConditionalWeakTable<KernelFunction, AIFunctionDeclaration> StrictDeclarations = [];

    private static readonly AIJsonSchemaTransformOptions StrictTransform = new()
    {
        DisallowAdditionalProperties = true,
        RequireAllProperties = true,
    };

    public static string ToolName(string? pluginName, string functionName) =>
        string.IsNullOrEmpty(pluginName) ? functionName : pluginName + NameSeparator + functionName;

    /// <summary>Splits a tool name at its first separator into plugin and function, as SK's connectors read it.</summary>
    public static (string? PluginName, string FunctionName) Split(string toolName)
    {
        int separator = toolName.IndexOf(NameSeparator, StringComparison.Ordinal);
        return separator < 0
            ? (null, toolName)
            : (toolName[..separator].Trim(), toolName[(separator + NameSeparator.Length)..].Trim());
    }

    /// <summary>The declaration of <paramref name="function"/>, built once per function and strictness.</summary>
    public static AIFunctionDeclaration Declare(KernelFunction function, bool strict) =>
        strict
            ? StrictDeclarations.GetValue(function, static f => Declare(f.Metadata, strict: true))
            : Declarations.GetValue(function, static f => Declare(f.Metadata, strict: false));

    /// <summary>The declaration of a function described by <paramref name="function"/>.</summary>
    public static AIFunctionDeclaration Declare(KernelFunctionMetadata function, bool strict)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartArray("required");
            foreach (var parameter in function.Parameters)
            {
                if (parameter.IsRequired)
                {
                    writer.WriteStringValue(parameter.Name);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            foreach (var parameter in function.Parameters)
            {
                writer.WritePropertyName(parameter.Name);
                if (parameter.Schema is { } schema)
                {
                    schema.RootElement.WriteTo(writer);
                }
                else
                {
                    writer.WriteStartObject();
                    if (!string.IsNullOrWhiteSpace(parameter.Description))
                    {
                        writer.WriteString("description", parameter.Description);
                    }

                    writer.WriteString("type", "string");
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var parameters = JsonElement.Parse(buffer.WrittenSpan);
        if (strict)
        {
            parameters = AIJsonUtilities.TransformSchema(parameters, StrictTransform);
        }

        return new KernelToolDeclaration(ToolName(function.PluginName, function.Name), function.Description, parameters, strict);
    }
}
