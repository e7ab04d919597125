using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>A whole-file validation error of a batch, reported in <c>errors.data</c>: code, message, param and 1-based line.</summary>
internal sealed record BatchValidationError(string Code, string Message, string? Param, int? Line)
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("code", Code);
        writer.WriteString("message", Message);
        if (Param is null)
        {
            writer.WriteNull("param");
        }
        else
        {
            writer.WriteString("param", Param);
        }

        if (Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteEndObject();
    }
}
