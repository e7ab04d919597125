using System.Text.Json.Serialization;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary>Message content: a plain string or a list of parts.</summary>
[JsonConverter(typeof(WireContentConverter))]
internal sealed class WireContent
{
    private WireContent(string? text, List<WireContentPart>? parts)
    {
        Text = text;
        Parts = parts;
    }

    public string? Text { get; }

    public List<WireContentPart>? Parts { get; }

    public static WireContent FromText(string text) => new(text, null);

    public static WireContent FromParts(List<WireContentPart> parts) => new(null, parts);
}
