using System.Globalization;
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

                var indices = Ranges([.. group.Select(x => int.Parse(x.Match.Groups["index"].Value, CultureInfo.InvariantCulture))]);
                return first.Difference with { Path = $"{first.Match.Groups["name"].Value}[{indices}]{first.Difference.Path[first.Match.Length..]}" };
            });

    /// <summary>Indices as <c>0..127</c>, <c>1..255 step 2</c> or <c>0,4</c>: runs of three or more with an even step are folded.</summary>
    private static string Ranges(IReadOnlyList<int> indices)
    {
        var parts = new List<string>();
        for (int start = 0; start < indices.Count;)
        {
            int end = start;
            if (start + 1 < indices.Count)
            {
                int step = indices[start + 1] - indices[start];
                while (end + 1 < indices.Count && indices[end + 1] - indices[end] == step)
                {
                    end++;
                }
            }

            if (end - start >= 2)
            {
                int step = indices[start + 1] - indices[start];
                parts.Add(step == 1 ? $"{indices[start]}..{indices[end]}" : $"{indices[start]}..{indices[end]} step {step}");
                start = end + 1;
            }
            else
            {
                parts.Add(indices[start].ToString(CultureInfo.InvariantCulture));
                start++;
            }
        }

        return string.Join(",", parts);
    }

    [GeneratedRegex(@"^(?<name>[^\[.]+)\[(?<index>\d+)\]")]
    private static partial Regex LeadingIndex();
}
