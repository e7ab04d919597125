using System.Diagnostics;
using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>Prints nearest-rank percentiles of Stopwatch tick samples in microseconds, one markdown row per client.</summary>
internal static class LatencyTable
{
    public static void PrintHeader() =>
        Console.WriteLine("| client | updates | median us | p90 us | p99 us | max us |\n|---|---:|---:|---:|---:|---:|");

    public static void PrintRow(string client, List<long> ticks)
    {
        ticks.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {client} | {ticks.Count:N0} | {Micros(ticks, 0.50):F1} | {Micros(ticks, 0.90):F1} | {Micros(ticks, 0.99):F1} | {Micros(ticks, 1.0):F1} |"));
    }

    private static double Micros(List<long> sorted, double percentile)
    {
        var rank = Math.Max(1, (int)Math.Ceiling(percentile * sorted.Count));
        return sorted[rank - 1] * 1_000_000.0 / Stopwatch.Frequency;
    }
}
