namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>A C# code block of a Markdown file.</summary>
/// <param name="File">The file's path relative to the repository root, with forward slashes (e.g. <c>README.md</c>).</param>
/// <param name="Line">The 1-based line of the block's first line of code in the file.</param>
/// <param name="Code">The block's code, without its fences.</param>
/// <param name="ContinuesPrevious">Whether the block is marked to continue the previous C# block of the same file.</param>
internal sealed record MarkdownSnippet(string File, int Line, string Code, bool ContinuesPrevious)
{
    /// <summary>The id a test case shows: <c>README.md:42</c>.</summary>
    public string Id => $"{File}:{Line}";
}
