using System.Text;
using System.Text.RegularExpressions;

namespace SemanticKernel.Connectors.Groq.DocsTests;

/// <summary>
/// Reads the relative links and the heading anchors of a Markdown text as GitHub renders them (pure functions).
/// Links inside fenced code blocks and inline code are not links; absolute URLs (<c>scheme:</c>) are not relative.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>Every relative link of <paramref name="lines"/>: inline <c>[text](target)</c> and reference definitions.</summary>
    public static IEnumerable<MarkdownLink> Relative(string file, IReadOnlyList<string> lines)
    {
        foreach (var (line, number) in Prose(lines))
        {
            string text = InlineCode().Replace(line, "");
            var targets = InlineLink().Matches(text).Select(m => m.Groups["target"].Value)
                .Concat(ReferenceDefinition().Matches(text).Select(m => m.Groups["target"].Value));
            foreach (string target in targets.Select(t => t.Trim('<', '>')))
            {
                if (!Scheme().IsMatch(target))
                {
                    yield return new MarkdownLink(file, number, target);
                }
            }
        }
    }

    /// <summary>The anchors GitHub gives the headings of <paramref name="lines"/> (and explicit <c>&lt;a id&gt;</c> / <c>name</c>).</summary>
    public static IReadOnlySet<string> Anchors(IReadOnlyList<string> lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, _) in Prose(lines))
        {
            foreach (Match explicitAnchor in HtmlAnchor().Matches(line))
            {
                anchors.Add(explicitAnchor.Groups["id"].Value);
            }

            var heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            string slug = Slug(heading.Groups["text"].Value);
            // GitHub numbers repeated headings: "a", "a-1", "a-2", ...
            int count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    public static string Slug(string heading)
    {
        string text = LinkText().Replace(heading.Trim(), "${text}");
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    // The lines outside fenced code blocks, with their 1-based numbers.
    private static IEnumerable<(string Line, int Number)> Prose(IReadOnlyList<string> lines)
    {
        string? fence = null;
        for (int i = 0; i < lines.Count; i++)
        {
            string trimmed = lines[i].TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }
            else if (fence is null)
            {
                yield return (lines[i], i + 1);
            }
        }
    }

    [GeneratedRegex(@"`+[^`]*`+")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*(?<target>\S+)")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\s+(?:id|name)=""(?<id>[^""]+)""")]
    private static partial Regex HtmlAnchor();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkText();
}
