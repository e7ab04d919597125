using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>
/// Compiles documentation snippets in process as one top-level program, against the assemblies this test runs with
/// (the connector, the emulator, Semantic Kernel, Microsoft.Extensions.AI, the runtime), as a new console project would
/// build them: implicit usings, nullable enabled, the latest language version.
/// </summary>
internal static class SnippetCompiler
{
    // The SDK's implicit usings of a console project (Microsoft.NET.Sdk with ImplicitUsings enabled).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path))]);

    /// <summary>
    /// The errors and warnings of the program made of <paramref name="chain"/>, each as <c>file:line: id: message</c>
    /// with the line in the Markdown file. Empty when it compiles cleanly.
    /// </summary>
    public static IReadOnlyList<string> Compile(IReadOnlyList<MarkdownSnippet> chain)
    {
        var parts = chain.Select(s => (Snippet: s, Unit: CSharpSyntaxTree.ParseText(s.Code, ParseOptions).GetCompilationUnitRoot())).ToList();
        var parseErrors = parts
            .SelectMany(p => p.Unit.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Format(p.Snippet.File, p.Snippet.Line + d.Location.GetLineSpan().StartLinePosition.Line, d)))
            .ToList();
        if (parseErrors.Count > 0)
        {
            return parseErrors;
        }

        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions), CSharpSyntaxTree.ParseText(Program(parts), ParseOptions)],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.ConsoleApplication,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                // As the SDK does: assembly-version unification notes are not warnings about the code.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.Location.GetMappedLineSpan() is var span ? Format(span.Path, span.StartLinePosition.Line + 1, d) : null!)];
    }

    private static string Format(string file, int line, Diagnostic diagnostic) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");

    /// <summary>
    /// One compilation unit: the using directives of every block (each once), then their statements in order, then
    /// their type declarations (C# wants top-level statements before types), each preceded by a <c>#line</c> directive
    /// pointing at its line in the Markdown file.
    /// </summary>
    private static string Program(List<(MarkdownSnippet Snippet, CompilationUnitSyntax Unit)> parts)
    {
        var text = new StringBuilder();
        var usings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (snippet, unit) in parts)
        {
            foreach (var directive in unit.Usings)
            {
                if (usings.Add(directive.WithoutTrivia().ToString()))
                {
                    Append(text, snippet, directive);
                }
                else if (directive.GetLeadingTrivia().Any(t => t.IsDirective))
                {
                    // A repeated using is left out (CS0105), but a #pragma before it still applies.
                    Append(text, snippet, directive, triviaOnly: true);
                }
            }
        }

        foreach (var (snippet, unit) in parts)
        {
            foreach (var member in unit.Members.OfType<GlobalStatementSyntax>())
            {
                Append(text, snippet, member);
            }
        }

        foreach (var (snippet, unit) in parts)
        {
            foreach (var member in unit.Members.Where(m => m is not GlobalStatementSyntax))
            {
                Append(text, snippet, member);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, MarkdownSnippet snippet, SyntaxNode node, bool triviaOnly = false)
    {
        // The node's leading trivia (comments, #pragma lines) stays with it, so the #line points at the first of them.
        string code = (triviaOnly ? node.GetLeadingTrivia().ToFullString() : node.ToFullString()).TrimStart('\r', '\n');
        string trivia = node.GetLeadingTrivia().ToFullString().TrimStart('\r', '\n');
        int line = snippet.Line + node.GetLocation().GetLineSpan().StartLinePosition.Line - trivia.Count(c => c == '\n');
        text.Append(CultureInfo.InvariantCulture, $"#line {line} \"{snippet.File}\"\n").Append(code).Append('\n');
    }
}
