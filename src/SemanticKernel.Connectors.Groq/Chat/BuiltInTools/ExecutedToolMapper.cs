using System.Text;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat.BuiltInTools;

/// <summary>
/// Groq's <c>executed_tools</c> as MEAI hosted-tool contents (pure): a web search as <see cref="WebSearchToolCallContent"/>
/// and <see cref="WebSearchToolResultContent"/>, code execution as <see cref="CodeInterpreterToolCallContent"/> and
/// <see cref="CodeInterpreterToolResultContent"/>, any other tool (website visits, browser automation, Wolfram Alpha) as
/// <see cref="ToolCallContent"/> and <see cref="ToolResultContent"/> with the tool's type under
/// <see cref="TypeKey"/>. Each content keeps the wire tool as its raw representation.
/// </summary>
internal static class ExecutedToolMapper
{
    /// <summary>The <c>AdditionalProperties</c> key of Groq's tool type (<c>search</c>, <c>python</c>, <c>visit</c>, ...).</summary>
    public const string TypeKey = "type";

    /// <summary>The <c>AdditionalProperties</c> keys of a search result's title, snippet and relevance score.</summary>
    public const string TitleKey = "title";

    /// <inheritdoc cref="TitleKey"/>
    public const string SnippetKey = "content";

    /// <inheritdoc cref="TitleKey"/>
    public const string ScoreKey = "score";

    private const string PythonMediaType = "text/x-python";

    /// <summary>Adds each tool's call and, when it has finished, its result.</summary>
    public static void AddAll(List<WireExecutedTool> tools, IList<AIContent> contents)
    {
        for (int position = 0; position < tools.Count; position++)
        {
            WireExecutedTool tool = tools[position];
            int index = tool.Index ?? position;
            contents.Add(ToCall(tool, index));
            if (tool.HasResult)
            {
                contents.Add(ToResult(tool, index));
            }
        }
    }

    /// <summary>The call id of the tool at <paramref name="index"/>: Groq gives executed tools none, only their position.</summary>
    public static string CallId(int index) => $"executed_tools[{index}]";

    public static AIContent ToCall(WireExecutedTool tool, int index)
    {
        string callId = CallId(index);
        AIContent call = KindOf(tool) switch
        {
            ToolKind.WebSearch => new WebSearchToolCallContent(callId)
            {
                Queries = ExecutedToolArguments.ReadString(tool.Arguments, "query") is { } query ? [query] : null,
            },
            ToolKind.Code => new CodeInterpreterToolCallContent(callId)
            {
                Inputs = ExecutedToolArguments.ReadString(tool.Arguments, "code") is { } code
                    ? [new DataContent(Encoding.UTF8.GetBytes(code), PythonMediaType)]
                    : null,
            },
            _ => new ToolCallContent(callId) { AdditionalProperties = Typed(tool, "arguments", tool.Arguments) },
        };
        call.RawRepresentation = tool;
        return call;
    }

    public static AIContent ToResult(WireExecutedTool tool, int index)
    {
        string callId = CallId(index);
        AIContent result = KindOf(tool) switch
        {
            ToolKind.WebSearch => new WebSearchToolResultContent(callId) { Outputs = SearchOutputs(tool) },
            ToolKind.Code => new CodeInterpreterToolResultContent(callId) { Outputs = CodeOutputs(tool) },
            _ => new ToolResultContent(callId) { AdditionalProperties = Typed(tool, "output", tool.Output) },
        };
        result.RawRepresentation = tool;
        return result;
    }

    private static ToolKind KindOf(WireExecutedTool tool) => tool.Type switch
    {
        "search" or "web_search" or "browser_search" or "browser.search" => ToolKind.WebSearch,
        "python" or "code_interpreter" or "code_execution" => ToolKind.Code,
        _ when tool.SearchResults is not null => ToolKind.WebSearch,
        _ when tool.CodeResults is not null => ToolKind.Code,
        _ => ToolKind.Other,
    };

    private static List<AIContent>? SearchOutputs(WireExecutedTool tool)
    {
        List<AIContent>? outputs = null;
        foreach (var result in tool.SearchResults?.Results ?? [])
        {
            AIContent page = Uri.TryCreate(result.Url, UriKind.Absolute, out var url)
                ? new UriContent(url, "text/html")
                : new TextContent(result.Content);
            page.AdditionalProperties = [];
            Add(page.AdditionalProperties, TitleKey, result.Title);
            Add(page.AdditionalProperties, SnippetKey, result.Content);
            Add(page.AdditionalProperties, ScoreKey, result.Score);
            page.RawRepresentation = result;
            (outputs ??= []).Add(page);
        }

        foreach (var result in tool.BrowserResults ?? [])
        {
            if (Uri.TryCreate(result.Url, UriKind.Absolute, out var url))
            {
                var page = new UriContent(url, "text/html") { AdditionalProperties = [], RawRepresentation = result };
                Add(page.AdditionalProperties, TitleKey, result.Title);
                Add(page.AdditionalProperties, SnippetKey, result.Content);
                (outputs ??= []).Add(page);
            }
        }

        if (outputs is null && !string.IsNullOrEmpty(tool.Output))
        {
            outputs = [new TextContent(tool.Output)];
        }

        return outputs;
    }

    private static List<AIContent>? CodeOutputs(WireExecutedTool tool)
    {
        List<AIContent>? outputs = null;
        bool hasText = false;
        foreach (var result in tool.CodeResults ?? [])
        {
            if (!string.IsNullOrEmpty(result.Text))
            {
                (outputs ??= []).Add(new TextContent(result.Text) { RawRepresentation = result });
                hasText = true;
            }

            if (Png(result.Png) is { } png)
            {
                (outputs ??= []).Add(new DataContent(png, "image/png") { RawRepresentation = result });
            }
        }

        if (!hasText && !string.IsNullOrEmpty(tool.Output))
        {
            (outputs ??= []).Insert(0, new TextContent(tool.Output));
        }

        return outputs;
    }

    private static byte[]? Png(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null; // the text output still stands; the raw representation keeps what was sent
        }
    }

    private static AdditionalPropertiesDictionary Typed(WireExecutedTool tool, string key, string? value)
    {
        var properties = new AdditionalPropertiesDictionary();
        Add(properties, TypeKey, tool.Type);
        Add(properties, key, value);
        return properties;
    }

    private static void Add(AdditionalPropertiesDictionary properties, string key, object? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private enum ToolKind
    {
        Other,
        WebSearch,
        Code,
    }
}
