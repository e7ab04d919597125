using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

/// <summary>
/// A kernel function's result as the text a tool message carries, the way SK's own connectors write it: a string as it is,
/// chat messages as their text, anything else as JSON with the type's own property names and readable (unescaped) text.
/// </summary>
internal static class KernelFunctionResults
{
    /// <summary>What a tool message says for an image result: Groq's tool messages carry text only.</summary>
    public const string ImageNotSupported = "Error: This model does not support image content in tool results.";

    private static readonly Lazy<JsonSerializerOptions> ResultJson = new(CreateResultJson);

    /// <summary>The text for a tool message; <see langword="null"/> becomes the empty string.</summary>
    public static string ToText(object? result) => result switch
    {
        null => string.Empty,
        string text => text,
        Exception exception => $"Error: Exception while invoking function. {exception.Message}",
        ImageContent => ImageNotSupported,
        ChatMessageContent message => message.ToString(),
        IEnumerable<ChatMessageContent> messages => string.Join(",", messages.Select(static m => m.ToString())),
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!,
        _ => Serialize(result),
    };

    /// <summary>A result as SK's function-calling keeps it in the history: text, or an image as it is.</summary>
    public static object Normalize(object? result) => result switch
    {
        ImageContent image => image,
        _ => ToText(result),
    };

    private static string Serialize(object result) =>
        JsonSerializer.Serialize(result, ResultJson.Value.GetTypeInfo(result.GetType()));

    // SK's connectors serialize results with the default contract (declared property names), which the model
    // sees; MEAI's defaults would camelCase them. Without reflection the MEAI resolver (source-generated for its
    // own types) is the best available.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "Guarded by IsReflectionEnabledByDefault.")]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "Guarded by IsReflectionEnabledByDefault.")]
    private static JsonSerializerOptions CreateResultJson() => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonSerializer.IsReflectionEnabledByDefault
            ? new DefaultJsonTypeInfoResolver()
            : AIJsonUtilities.DefaultOptions.TypeInfoResolver,
    };
}
