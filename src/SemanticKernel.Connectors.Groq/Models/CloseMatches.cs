namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// The listed ids closest to an unknown one (pure), for the exception that refuses it: ids within a few edits (case
/// ignored), and ids that contain it or are contained in it (<c>gpt-oss-120b</c> finds <c>openai/gpt-oss-120b</c>).
/// Only runs on the failure path.
/// </summary>
internal static class CloseMatches
{
    public const int MaxMatches = 3;

    public static IReadOnlyList<string> Find(string id, IEnumerable<string> candidates)
    {
        string wanted = id.ToLowerInvariant();
        int tolerance = Math.Max(2, wanted.Length / 3);
        var scored = new List<(int Distance, string Id)>();
        foreach (var candidate in candidates)
        {
            string listed = candidate.ToLowerInvariant();
            int distance = Distance(wanted, listed);
            bool contains = wanted.Length >= 3 && (listed.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(listed, StringComparison.Ordinal));
            if (distance <= tolerance || contains)
            {
                scored.Add((contains ? Math.Min(distance, tolerance) : distance, candidate));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Id, b.Id));
        return [.. scored.Take(MaxMatches).Select(match => match.Id)];
    }

    /// <summary>Levenshtein distance: the fewest single-character insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
