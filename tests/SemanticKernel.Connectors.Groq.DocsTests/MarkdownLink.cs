namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>A relative link of a Markdown file.</summary>
/// <param name="File">The Markdown file's path relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the link.</param>
/// <param name="Target">The link's target as written (a path, a path with <c>#anchor</c>, or <c>#anchor</c>).</param>
internal sealed record MarkdownLink(string File, int Line, string Target)
{
    /// <summary>The path part of <see cref="Target"/>, empty for a link to an anchor of the same file.</summary>
    public string Path => Target.Split('#', 2)[0];

    /// <summary>The anchor part of <see cref="Target"/> (without <c>#</c>), or null when there is none.</summary>
    public string? Anchor => Target.Split('#', 2) is [_, var anchor] ? anchor : null;

    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: ({Target})";
}
