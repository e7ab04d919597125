using System.Globalization;
using System.Text;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;

/// <summary>
/// What the emulated model does with built-in tools and documents, deterministically: gpt-oss models run the
/// <c>browser_search</c> (as <c>browser.search</c>) and <c>code_interpreter</c> (as <c>python</c>) tools the request
/// offers; <c>groq/compound</c> always searches and runs code, <c>groq/compound-mini</c> (one tool call at most) always
/// searches. With <c>documents</c> and <c>citation_options: "enabled"</c> the answer quotes each document in a sentence
/// that a <c>document_citation</c> annotation covers.
/// </summary>
internal static class BuiltInToolResponder
{
    private const int QuotedWords = 8;

    /// <summary>Whether <paramref name="model"/> runs the built-in tools of <c>tools</c> (Groq documents them for gpt-oss).</summary>
    public static bool SupportsBuiltInTools(string model) => model is "openai/gpt-oss-120b" or "openai/gpt-oss-20b";

    public static IReadOnlyList<EmulatedExecutedTool> ExecutedTools(ChatRequest request, string question)
    {
        var tools = new List<EmulatedExecutedTool>();
        switch (request.Model)
        {
            case "groq/compound":
                tools.Add(Search("search", question));
                tools.Add(Python(question));
                break;
            case "groq/compound-mini":
                tools.Add(Search("search", question));
                break;
            case var model when SupportsBuiltInTools(model):
                if (request.BuiltInTools.Contains("browser_search"))
                {
                    tools.Add(Search("browser.search", question));
                }

                if (request.BuiltInTools.Contains("code_interpreter"))
                {
                    tools.Add(Python(question));
                }

                break;
        }

        return tools;
    }

    /// <summary>Appends a quoting sentence per document to <paramref name="content"/> and the citations that cover them.</summary>
    public static (string Content, IReadOnlyList<EmulatedCitation> Citations) Cite(ChatRequest request, string content)
    {
        if (!request.CitationsEnabled || request.Documents.Count == 0 || request.JsonMode)
        {
            return (content, []);
        }

        var text = new StringBuilder(content);
        var citations = new List<EmulatedCitation>(request.Documents.Count);
        foreach (var document in request.Documents)
        {
            text.Append(' ');
            var start = text.Length;
            text.Append("Document ").Append(document.Id).Append(" says: ").Append(Quote(document.Text)).Append('.');
            citations.Add(new EmulatedCitation(document.Id, start, text.Length));
        }

        return (text.ToString(), citations);
    }

    private static EmulatedExecutedTool Search(string type, string question)
    {
        var results = new List<EmulatedSearchResult>(2);
        for (var rank = 1; rank <= 2; rank++)
        {
            results.Add(new EmulatedSearchResult(
                string.Create(CultureInfo.InvariantCulture, $"Emulated result {rank} for {question}"),
                string.Create(CultureInfo.InvariantCulture, $"https://search.emulator.test/{rank}?q={Uri.EscapeDataString(question)}"),
                string.Create(CultureInfo.InvariantCulture, $"Emulated page {rank} about {question}."),
                1.0 - (rank * 0.1)));
        }

        var output = string.Join("\n", results.Select(r => $"{r.Title} ({r.Url}): {r.Content}"));
        return new EmulatedExecutedTool(type, Arguments("query", question), output, results, null);
    }

    private static EmulatedExecutedTool Python(string question)
    {
        var literal = EmulatorJson.WriteString(writer => writer.WriteStringValue(question));
        var code = "print(len(" + literal + "))";
        var output = question.Length.ToString(CultureInfo.InvariantCulture) + "\n";
        return new EmulatedExecutedTool("python", Arguments("code", code), output, null, output);
    }

    private static string Arguments(string name, string value) => EmulatorJson.WriteString(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString(name, value);
        writer.WriteEndObject();
    });

    private static string Quote(string text)
    {
        var words = text.Split((char[]?)null, QuotedWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(QuotedWords)).TrimEnd('.');
    }
}
