using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Chat.BuiltInTools;

/// <summary>
/// Executed built-in tools and citations on Semantic Kernel contents: SK has no content types for them, so they go in
/// the metadata as the MEAI objects (under <see cref="GroqMetadataKeys.ExecutedTools"/> and
/// <see cref="GroqMetadataKeys.Citations"/>), the same way usage travels as MEAI <see cref="UsageDetails"/>.
/// </summary>
internal static class KernelBuiltInToolMetadata
{
    /// <summary>Adds the executed tools and citations among <paramref name="contents"/>; returns whether there were any.</summary>
    public static bool AddTo(Dictionary<string, object?> metadata, IList<AIContent> contents)
    {
        List<AIContent>? executedTools = null;
        List<CitationAnnotation>? citations = null;
        Collect(contents, ref executedTools, ref citations);
        return Add(metadata, executedTools, citations);
    }

    /// <summary>Adds the executed tools and citations of all <paramref name="messages"/>, in order.</summary>
    public static bool AddTo(Dictionary<string, object?> metadata, IList<ChatMessage> messages)
    {
        List<AIContent>? executedTools = null;
        List<CitationAnnotation>? citations = null;
        for (int i = 0; i < messages.Count; i++)
        {
            Collect(messages[i].Contents, ref executedTools, ref citations);
        }

        return Add(metadata, executedTools, citations);
    }

    /// <summary>Whether <paramref name="contents"/> holds an executed tool or a citation; allocates nothing.</summary>
    public static bool Any(IList<AIContent> contents)
    {
        for (int i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case FunctionCallContent or FunctionResultContent:
                    break;
                case ToolCallContent or ToolResultContent:
                case TextContent { Annotations.Count: > 0 }:
                    return true;
            }
        }

        return false;
    }

    private static void Collect(IList<AIContent> contents, ref List<AIContent>? executedTools, ref List<CitationAnnotation>? citations)
    {
        for (int i = 0; i < contents.Count; i++)
        {
            AIContent content = contents[i];
            switch (content)
            {
                case FunctionCallContent or FunctionResultContent:
                    break;
                case ToolCallContent or ToolResultContent:
                    (executedTools ??= []).Add(content);
                    break;
                case TextContent { Annotations: { Count: > 0 } annotations }:
                    foreach (var annotation in annotations)
                    {
                        if (annotation is CitationAnnotation citation)
                        {
                            (citations ??= []).Add(citation);
                        }
                    }

                    break;
            }
        }
    }

    private static bool Add(Dictionary<string, object?> metadata, List<AIContent>? executedTools, List<CitationAnnotation>? citations)
    {
        if (executedTools is not null)
        {
            metadata[GroqMetadataKeys.ExecutedTools] = executedTools.AsReadOnly();
        }

        if (citations is not null)
        {
            metadata[GroqMetadataKeys.Citations] = citations.AsReadOnly();
        }

        return executedTools is not null || citations is not null;
    }
}
