using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Formats durations the way Go prints them in Groq's rate-limit headers: <c>2m59.56s</c>, <c>7.66s</c>, <c>350ms</c>.</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0s";
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            var milliseconds = Math.Round(duration.TotalMilliseconds, 2);
            return milliseconds < 1000
                ? milliseconds.ToString("0.##", CultureInfo.InvariantCulture) + "ms"
                : "1s";
        }

        var hundredths = (long)Math.Round(duration.TotalSeconds * 100);
        var hours = hundredths / 360_000;
        var minutes = hundredths / 6_000 % 60;
        var seconds = hundredths % 6_000 / 100.0;
        var text = seconds.ToString("0.##", CultureInfo.InvariantCulture) + "s";
        if (hours > 0 || minutes > 0)
        {
            text = minutes.ToString(CultureInfo.InvariantCulture) + "m" + text;
        }

        return hours > 0 ? hours.ToString(CultureInfo.InvariantCulture) + "h" + text : text;
    }
}
