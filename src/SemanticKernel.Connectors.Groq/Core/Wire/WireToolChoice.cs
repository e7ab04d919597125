using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary><c>"none"</c>, <c>"auto"</c>, <c>"required"</c>, or one named function.</summary>
[JsonConverter(typeof(WireToolChoiceConverter))]
internal sealed class WireToolChoice
{
    public static readonly WireToolChoice None = new("none", null);
    public static readonly WireToolChoice Auto = new("auto", null);
    public static readonly WireToolChoice Required = new("required", null);

    private WireToolChoice(string? mode, string? functionName)
    {
        Mode = mode;
        FunctionName = functionName;
    }

    public string? Mode { get; }

    public string? FunctionName { get; }

    public static WireToolChoice ForFunction(string name) => new(null, name);
}
