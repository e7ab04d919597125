using FluentAssertions;

namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>
/// Every C# block of README.md and docs/*.md (fences <c>```csharp</c>, <c>```cs</c>, <c>```c#</c>) compiles, as a
/// top-level program of a new console project (implicit usings, nullable on), against the connector, the emulator,
/// Semantic Kernel and Microsoft.Extensions.AI, with no error and no warning.
/// Convention: each block is a whole program on its own (its usings, its variables, its types). A block that goes on
/// from the one before it has the line <c>&lt;!-- snippet: continues previous --&gt;</c> right above its fence: it is
/// compiled together with that block (and with whatever that one continues), usings first, then the statements of
/// each in order, then their types. Experimental APIs (MEAI001, SKEXP0001) are used with the <c>#pragma</c> the README
/// tells users about, never suppressed here. A failure names the Markdown file and line and the compiler's message.
/// </summary>
public sealed class ReadmeSnippetTests
{
    public static TheoryData<string> Snippets => [.. MarkdownSnippets.All().Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_without_errors_or_warnings(string id)
    {
        var all = MarkdownSnippets.All();
        var snippet = all.Single(s => s.Id == id);

        var diagnostics = SnippetCompiler.Compile(MarkdownSnippets.Chain(all, snippet));

        diagnostics.Should().BeEmpty($"the C# block at {id} must compile as a user would paste it:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}");
    }

    [Fact]
    public void The_README_has_csharp_blocks_so_the_snippet_test_cannot_pass_vacuously()
    {
        MarkdownSnippets.All().Where(s => s.File == "README.md").Should().HaveCountGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void No_documentation_file_points_outside_the_repository_or_to_a_design_file_it_does_not_have()
    {
        string root = MarkdownSnippets.RepositoryRoot();

        MarkdownSnippets.Files()
            .Where(f => File.ReadAllText(Path.Combine(root, f)) is var text
                && (text.Contains("../shared", StringComparison.Ordinal) || text.Contains("DESIGN.md", StringComparison.Ordinal)))
            .Should().BeEmpty("the architecture is documented in docs/architecture.md, inside the repository");
    }

    [Fact]
    public void A_snippet_with_a_type_error_is_reported_at_its_Markdown_line()
    {
        string[] markdown = ["# Title", "```csharp", "using System;", "", "int count = \"three\";", "```"];
        var snippet = MarkdownSnippets.Parse("README.md", markdown).Single();

        SnippetCompiler.Compile([snippet]).Should().ContainSingle().Which.Should().StartWith("README.md:5: CS0029:");
    }

    [Fact]
    public void A_nullable_warning_fails_the_snippet_as_an_error_would()
    {
        string[] markdown = ["```c#", "string? name = Environment.GetEnvironmentVariable(\"NAME\");", "Console.WriteLine(name.Length);", "```"];
        var snippet = MarkdownSnippets.Parse("README.md", markdown).Single();

        SnippetCompiler.Compile([snippet]).Should().ContainSingle().Which.Should().StartWith("README.md:3: CS8602:");
    }

    [Fact]
    public void A_continuing_snippet_sees_the_variables_and_types_of_the_block_before_it()
    {
        string[] markdown =
        [
            "```csharp", "var greeter = new Greeter();", "sealed class Greeter { public string Hello() => \"hi\"; }", "```",
            "Then:", MarkdownSnippets.ContinuesMarker, "```cs", "using System.Text;", "Console.WriteLine(new StringBuilder(greeter.Hello()));", "```",
            "```csharp", "Console.WriteLine(greeter);", "```",
        ];
        var blocks = MarkdownSnippets.Parse("docs/x.md", markdown).ToList();

        SnippetCompiler.Compile(MarkdownSnippets.Chain(blocks, blocks[1])).Should().BeEmpty();
        SnippetCompiler.Compile(MarkdownSnippets.Chain(blocks, blocks[2])).Should().ContainSingle().Which.Should().StartWith("docs/x.md:12: CS0103:");
    }

    [Fact]
    public void An_experimental_API_without_its_pragma_fails_the_snippet()
    {
        string[] markdown = ["```csharp", "using SemanticKernel.Connectors.Groq;", "", "using var client = new GroqTextToSpeechClient(\"canopylabs/orpheus-v1-english\", \"key\");", "```"];
        string[] withPragma = ["```csharp", "#pragma warning disable MEAI001", .. markdown[1..]];

        SnippetCompiler.Compile([MarkdownSnippets.Parse("README.md", markdown).Single()]).Should().Contain(d => d.StartsWith("README.md:4: MEAI001:", StringComparison.Ordinal));
        SnippetCompiler.Compile([MarkdownSnippets.Parse("README.md", withPragma).Single()]).Should().BeEmpty();
    }
}
