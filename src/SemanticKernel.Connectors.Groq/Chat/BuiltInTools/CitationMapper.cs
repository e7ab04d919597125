using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat.BuiltInTools;

/// <summary>
/// Groq's <c>annotations</c> as MEAI <see cref="CitationAnnotation"/>s on the message text (pure): the cited span as a
/// <see cref="TextSpanAnnotatedRegion"/>; a document citation's document id as the title (a request document has no other
/// name) and under <see cref="DocumentIdKey"/>, a function citation's tool call id under <see cref="ToolCallIdKey"/>.
/// </summary>
internal static class CitationMapper
{
    /// <summary>The <c>AdditionalProperties</c> key of the cited document's id.</summary>
    public const string DocumentIdKey = "document_id";

    /// <summary>The <c>AdditionalProperties</c> key of the cited tool call's id.</summary>
    public const string ToolCallIdKey = "tool_call_id";

    public static List<AIAnnotation> ToCitations(List<WireAnnotation> annotations)
    {
        var citations = new List<AIAnnotation>(annotations.Count);
        foreach (var annotation in annotations)
        {
            WireCitation? cited = annotation.DocumentCitation ?? annotation.FunctionCitation;
            var citation = new CitationAnnotation { RawRepresentation = annotation, AdditionalProperties = [] };
            if (annotation.DocumentCitation?.DocumentId is { } documentId)
            {
                citation.Title = documentId;
                citation.AdditionalProperties[DocumentIdKey] = documentId;
            }

            if (annotation.FunctionCitation?.ToolCallId is { } toolCallId)
            {
                citation.AdditionalProperties[ToolCallIdKey] = toolCallId;
            }

            if (cited is not null)
            {
                citation.AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = cited.StartIndex, EndIndex = cited.EndIndex }];
            }

            citations.Add(citation);
        }

        return citations;
    }

    /// <summary>Puts the citations on the text of <paramref name="contents"/>, adding an empty text when there is none.</summary>
    public static void Attach(List<WireAnnotation> annotations, IList<AIContent> contents)
    {
        if (annotations.Count == 0)
        {
            return;
        }

        TextContent? text = null;
        for (int i = contents.Count - 1; i >= 0 && text is null; i--)
        {
            text = contents[i] as TextContent;
        }

        if (text is null)
        {
            text = new TextContent(string.Empty);
            contents.Add(text);
        }

        var citations = ToCitations(annotations);
        if (text.Annotations is null)
        {
            text.Annotations = citations;
        }
        else
        {
            foreach (var citation in citations)
            {
                text.Annotations.Add(citation);
            }
        }
    }
}
