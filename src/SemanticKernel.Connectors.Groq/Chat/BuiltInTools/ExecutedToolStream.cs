using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat.BuiltInTools;

/// <summary>
/// The executed tools of one stream. A tool's call is emitted in the update of the first delta naming its index, and
/// its result in the update of the delta that carries its output (the same delta when Groq sends both at once).
/// </summary>
internal sealed class ExecutedToolStream
{
    private readonly HashSet<int> _called = [];
    private readonly HashSet<int> _finished = [];

    public void Add(List<WireExecutedTool> tools, IList<AIContent> contents)
    {
        foreach (var tool in tools)
        {
            int index = tool.Index ?? _called.Count;
            if (_called.Add(index))
            {
                contents.Add(ExecutedToolMapper.ToCall(tool, index));
            }

            if (tool.HasResult && _finished.Add(index))
            {
                contents.Add(ExecutedToolMapper.ToResult(tool, index));
            }
        }
    }

    /// <summary>The characters of a delta's executed tools, counted toward the stream's limit.</summary>
    public static long Characters(List<WireExecutedTool> tools)
    {
        long characters = 0;
        foreach (var tool in tools)
        {
            characters += (tool.Type?.Length ?? 0) + (tool.Arguments?.Length ?? 0) + (tool.Output?.Length ?? 0);
            foreach (var result in tool.SearchResults?.Results ?? [])
            {
                characters += (result.Title?.Length ?? 0) + (result.Url?.Length ?? 0) + (result.Content?.Length ?? 0);
            }

            foreach (var result in tool.CodeResults ?? [])
            {
                characters += (result.Text?.Length ?? 0) + (result.Png?.Length ?? 0);
            }

            foreach (var result in tool.BrowserResults ?? [])
            {
                characters += (result.Title?.Length ?? 0) + (result.Url?.Length ?? 0) + (result.Content?.Length ?? 0);
            }
        }

        return characters;
    }
}
