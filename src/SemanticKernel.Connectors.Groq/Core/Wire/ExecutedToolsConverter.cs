using System.Text.Json.Serialization.Metadata;

namespace SemanticKernel.Connectors.Groq.Core.Wire;

/// <summary><c>executed_tools</c>, read so that a tool of an unexpected shape is skipped rather than failing the answer.</summary>
internal sealed class ExecutedToolsConverter : TolerantListConverter<WireExecutedTool>
{
    protected override JsonTypeInfo<WireExecutedTool> ItemInfo => GroqJsonContext.Default.WireExecutedTool;
}
