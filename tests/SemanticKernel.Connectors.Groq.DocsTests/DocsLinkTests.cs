using FluentAssertions;

namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>
/// Every relative link of README.md and docs/*.md points at a file or folder of the repository and, with an anchor, at a
/// heading of that Markdown file (as GitHub renders its anchors).
/// </summary>
public sealed class DocsLinkTests
{
    [Fact]
    public void Every_relative_link_of_the_documentation_points_at_an_existing_file_and_heading()
    {
        string root = MarkdownSnippets.RepositoryRoot();
        var links = MarkdownSnippets.Files().SelectMany(f => MarkdownLinks.Relative(f, File.ReadAllLines(Path.Combine(root, f)))).ToList();

        links.Should().Contain(l => l.File == "README.md" && l.Path.StartsWith("docs/", StringComparison.Ordinal), "the README links to its docs, so the check cannot pass vacuously");
        links.Where(l => Problem(root, l) is not null).Select(l => $"{l}: {Problem(root, l)}").Should().BeEmpty();
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_reported()
    {
        string root = MarkdownSnippets.RepositoryRoot();
        string[] markdown = ["See [the mapping](mapping.md#no-such-heading), [nothing](nowhere.md), [up](../../x.md) and [here](#bad-input)."];
        var links = MarkdownLinks.Relative("docs/mapping.md", markdown).ToList();

        links.Select(l => Problem(root, l)).Should().Equal("no heading 'no-such-heading' in docs/mapping.md", "no file docs/nowhere.md", "../x.md is outside the repository", null);
    }

    [Fact]
    public void Links_in_code_and_absolute_urls_are_not_checked()
    {
        string[] markdown = ["Go to [Groq](https://groq.com) or `[a](missing.md)`.", "```", "[b](missing.md)", "```", "[c]: mailto:x@example.com"];

        MarkdownLinks.Relative("README.md", markdown).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Experimental APIs: MEAI001 and SKEXP0001", "experimental-apis-meai001-and-skexp0001")]
    [InlineData("Semantic Kernel: behaves as SK's OpenAI connector", "semantic-kernel-behaves-as-sks-openai-connector")]
    [InlineData("Chat: `/chat/completions`", "chat-chatcompletions")]
    [InlineData("Quick start (IChatClient)", "quick-start-ichatclient")]
    public void Heading_anchors_are_GitHubs(string heading, string anchor)
    {
        MarkdownLinks.Slug(heading).Should().Be(anchor);
    }

    [Fact]
    public void A_repeated_heading_gets_a_numbered_anchor()
    {
        MarkdownLinks.Anchors(["## Setup", "text", "## Setup"]).Should().BeEquivalentTo(["setup", "setup-1"]);
    }

    // Why the link is broken, or null when it is not.
    private static string? Problem(string root, MarkdownLink link)
    {
        string directory = Path.GetDirectoryName(link.File) ?? "";
        string relative = link.Path.Length == 0 ? link.File : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, directory, Uri.UnescapeDataString(link.Path)))).Replace('\\', '/');
        string full = Path.Combine(root, relative);
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return $"{relative} is outside the repository";
        }

        if (!File.Exists(full) && !Directory.Exists(full))
        {
            return $"no file {relative}";
        }

        if (link.Anchor is not { } anchor)
        {
            return null;
        }

        return File.Exists(full) && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && MarkdownLinks.Anchors(File.ReadAllLines(full)).Contains(anchor)
            ? null
            : $"no heading '{anchor}' in {relative}";
    }
}
