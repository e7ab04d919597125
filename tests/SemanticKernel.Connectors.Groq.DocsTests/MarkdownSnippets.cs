namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>Reads the C# code blocks out of the repository's Markdown files (pure apart from reading the files).</summary>
internal static class MarkdownSnippets
{
    /// <summary>The marker, on the line right before a block's opening fence, that makes it continue the previous block.</summary>
    public const string ContinuesMarker = "<!-- snippet: continues previous -->";

    private static readonly string[] CSharpFenceInfos = ["csharp", "cs", "c#"];

    /// <summary>README.md and every docs/*.md file, relative to the repository root.</summary>
    public static IReadOnlyList<string> Files()
    {
        string root = RepositoryRoot();
        var docs = Directory.Exists(Path.Combine(root, "docs"))
            ? Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return ["README.md", .. docs];
    }

    /// <summary>Every C# block of every documentation file, in file order.</summary>
    public static IReadOnlyList<MarkdownSnippet> All() => [.. Files().SelectMany(f => Parse(f, File.ReadAllLines(Path.Combine(RepositoryRoot(), f))))];

    /// <summary>The C# blocks of one Markdown text: fences <c>```csharp</c>, <c>```cs</c> or <c>```c#</c>.</summary>
    public static IEnumerable<MarkdownSnippet> Parse(string file, IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            string fence = lines[i].TrimStart();
            if (!fence.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            int end = i + 1;
            while (end < lines.Count && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            if (CSharpFenceInfos.Contains(fence[3..].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                bool continues = i > 0 && lines[i - 1].Trim() == ContinuesMarker;
                yield return new MarkdownSnippet(file, i + 2, string.Join('\n', lines.Skip(i + 1).Take(end - i - 1)), continues);
            }

            i = end;
        }
    }

    /// <summary>
    /// The blocks compiled together for <paramref name="snippet"/>: the block itself, preceded by the blocks it continues.
    /// </summary>
    public static IReadOnlyList<MarkdownSnippet> Chain(IReadOnlyList<MarkdownSnippet> all, MarkdownSnippet snippet)
    {
        var ofFile = all.Where(s => s.File == snippet.File).ToList();
        int index = ofFile.IndexOf(snippet);
        int first = index;
        while (ofFile[first].ContinuesPrevious)
        {
            first--;
            if (first < 0)
            {
                throw new InvalidOperationException($"{snippet.Id} is marked '{ContinuesMarker}' but no C# block comes before it in {snippet.File}.");
            }
        }

        return ofFile[first..(index + 1)];
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SemanticKernel.Connectors.Groq.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"The repository root (SemanticKernel.Connectors.Groq.sln) was not found above {AppContext.BaseDirectory}.");
    }
}
