using System.Text;
using System.Text.RegularExpressions;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>
/// The failure message: per aspect, the differences with the same values at the same place in several requests (or
/// messages, or filter calls) folded into one line, e.g. <c>request[0,1].body.tools[0].function.name</c>.
/// </summary>
internal static partial class DifferenceReport
{
    private const int LinesShownPerAspect = 12;

    public static string Describe(DifferentialScenario scenario, IReadOnlyList<FactDifference> differences, SideRun groq)
    {
        var text = new StringBuilder()
            .Append("Differential scenario \"").Append(scenario.DisplayName)
            .Append("\": GroqChatCompletionService differs from SK's OpenAIChatCompletionService in ").Append(differences.Count).AppendLine(" place(s).")
            .Append("Request bodies are compared after: ").AppendJoin("; ", RequestNormalizer.RuleNames).AppendLine(".");
        foreach (var aspect in differences.GroupBy(d => d.Aspect))
        {
            var lines = Fold(aspect).ToList();
            text.Append(aspect.Key).Append(" (").Append(aspect.Count()).AppendLine(" difference(s)):");
            foreach (var line in lines.Take(LinesShownPerAspect))
            {
                text.Append("  ").AppendLine(line.ToString());
            }

            if (lines.Count > LinesShownPerAspect)
            {
                text.Append("  ... and ").Append(lines.Count - LinesShownPerAspect).AppendLine(" more");
            }
        }

        if (groq.Exception is not null)
        {
            text.Append("groq exception: ").AppendLine(groq.Exception.ToString());
        }

        return text.ToString();
    }

    private static IEnumerable<FactDifference> Fold(IEnumerable<FactDifference> differences) =>
        differences
            .Select(d => (Difference: d, Match: LeadingIndex().Match(d.Path)))
            .GroupBy(x => x.Match.Success
                ? (Pattern: x.Match.Groups["name"].Value + "[*]" + x.Difference.Path[x.Match.Length..], x.Difference.Classic, x.Difference.Groq)
                : (Pattern: x.Difference.Path, x.Difference.Classic, x.Difference.Groq))
            .Select(group =>
            {
                var first = group.First();
                if (!first.Match.Success)
                {
                    return first.Difference;
                }

                var indices = string.Join(",", group.Select(x => x.Match.Groups["index"].Value));
                return first.Difference with { Path = $"{first.Match.Groups["name"].Value}[{indices}]{first.Difference.Path[first.Match.Length..]}" };
            });

    [GeneratedRegex(@"^(?<name>[^\[.]+)\[(?<index>\d+)\]")]
    private static partial Regex LeadingIndex();
}
