using System.Globalization;
using System.Text.RegularExpressions;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// Reads a batch <c>completion_window</c> in Groq's duration form, one or more whole numbers with a unit
/// (<c>24h</c>, <c>48h</c>, <c>7d</c>, <c>1d12h</c>, <c>90m</c> units d, h, m), and checks Groq's range, 24 hours to 7 days.
/// </summary>
internal static partial class CompletionWindow
{
    public static readonly TimeSpan Shortest = TimeSpan.FromHours(24);
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    /// <summary>The duration, or null when the text is not a duration or lies outside 24h..7d.</summary>
    public static TimeSpan? Parse(string text)
    {
        if (!Form().IsMatch(text))
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Match part in Part().Matches(text))
        {
            if (!int.TryParse(part.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 100_000)
            {
                return null;
            }

            total += part.Groups[2].Value switch
            {
                "d" => TimeSpan.FromDays(count),
                "h" => TimeSpan.FromHours(count),
                _ => TimeSpan.FromMinutes(count),
            };
        }

        return total >= Shortest && total <= Longest ? total : null;
    }

    [GeneratedRegex("^([0-9]+[dhm])+$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();

    [GeneratedRegex("([0-9]+)([dhm])", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
