using System.Text.Json.Serialization.Metadata;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary><c>annotations</c>, read so that a citation of an unexpected shape is skipped rather than failing the answer.</summary>
internal sealed class AnnotationsConverter : TolerantListConverter<WireAnnotation>
{
    protected override JsonTypeInfo<WireAnnotation> ItemInfo => GroqJsonContext.Default.WireAnnotation;
}
