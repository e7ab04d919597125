using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>Writes <c>executed_tools</c> entries and <c>annotations</c> in the shapes groq-sdk types them.</summary>
internal static class BuiltInToolWriter
{
    /// <summary>Writes <c>"executed_tools":[...]</c>; without results, each entry only announces its tool (as a stream does when it starts).</summary>
    public static void WriteExecutedTools(Utf8JsonWriter writer, IReadOnlyList<EmulatedExecutedTool> tools, int firstIndex, bool withResults)
    {
        writer.WriteStartArray("executed_tools");
        for (var i = 0; i < tools.Count; i++)
        {
            var tool = tools[i];
            writer.WriteStartObject();
            writer.WriteNumber("index", firstIndex + i);
            writer.WriteString("type", tool.Type);
            writer.WriteString("arguments", tool.ArgumentsJson);
            if (withResults)
            {
                writer.WriteString("output", tool.Output);
                WriteResults(writer, tool);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteAnnotations(Utf8JsonWriter writer, IReadOnlyList<EmulatedCitation> citations)
    {
        writer.WriteStartArray("annotations");
        foreach (var citation in citations)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "document_citation");
            writer.WriteStartObject("document_citation");
            writer.WriteString("document_id", citation.DocumentId);
            writer.WriteNumber("start_index", citation.StartIndex);
            writer.WriteNumber("end_index", citation.EndIndex);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter writer, EmulatedExecutedTool tool)
    {
        if (tool.SearchResults is { } results)
        {
            writer.WriteStartObject("search_results");
            writer.WriteStartArray("results");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("title", result.Title);
                writer.WriteString("url", result.Url);
                writer.WriteString("content", result.Content);
                writer.WriteNumber("score", result.Score);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (tool.CodeResultText is { } text)
        {
            writer.WriteStartArray("code_results");
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
    }
}
