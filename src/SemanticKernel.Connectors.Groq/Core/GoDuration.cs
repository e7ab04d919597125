using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Core;

/// <summary>
/// Parses Go duration strings as Groq sends them in rate-limit headers (<c>2m59.56s</c>, <c>7.66s</c>, <c>350ms</c>);
/// <see langword="null"/> for text that is not one or a duration a <see cref="TimeSpan"/> cannot hold.
/// </summary>
internal static class GoDuration
{
    public static TimeSpan? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        double totalMilliseconds = 0;
        while (!text.IsEmpty)
        {
            int numberLength = 0;
            while (numberLength < text.Length && (char.IsAsciiDigit(text[numberLength]) || text[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0 ||
                !double.TryParse(text[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            {
                return null;
            }

            text = text[numberLength..];
            int unitLength = 0;
            while (unitLength < text.Length && !char.IsAsciiDigit(text[unitLength]) && text[unitLength] != '.')
            {
                unitLength++;
            }

            double? unitMilliseconds = text[..unitLength] switch
            {
                "h" => 3_600_000,
                "m" => 60_000,
                "s" => 1_000,
                "ms" => 1,
                "us" or "µs" => 0.001,
                "ns" => 0.000_001,
                _ => null,
            };
            if (unitMilliseconds is null)
            {
                return null;
            }

            totalMilliseconds += value * unitMilliseconds.Value;
            text = text[unitLength..];
        }

        return WireNumbers.Milliseconds(totalMilliseconds);
    }
}
