namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>Prints which listed equivalences each realistic path's request needed to match the floor's.</summary>
internal static class RealisticReport
{
    public static void PrintEquivalences(IEnumerable<(string Path, IReadOnlyList<string> Rules)> paths)
    {
        foreach (var (path, rules) in paths)
        {
            Console.WriteLine(rules.Count == 0
                ? $"//   {path}: same body as the floor up to member order and escaping"
                : $"//   {path}: same body as the floor up to member order, escaping and {string.Join("; ", rules.Select(Reason))}");
        }
    }

    private static string Reason(string rule) =>
        RequestBodyComparer.Equivalences.First(e => e.Name == rule) is var (name, reason) ? $"{name} ({reason})" : rule;
}
