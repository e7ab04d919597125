namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Compares one aspect of two runs path by path: the classic run's paths in order, then paths only the Groq run has.</summary>
internal static class FactComparison
{
    public static List<FactDifference> Compare(string aspect, Facts classic, Facts groq)
    {
        var differences = new List<FactDifference>();
        var groqValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, value) in groq.Items)
        {
            groqValues.TryAdd(path, value);
        }

        var classicPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, value) in classic.Items)
        {
            classicPaths.Add(path);
            if (!groqValues.TryGetValue(path, out var other))
            {
                differences.Add(new FactDifference(aspect, path, value, FactDifference.Absent));
            }
            else if (!string.Equals(value, other, StringComparison.Ordinal))
            {
                differences.Add(new FactDifference(aspect, path, value, other));
            }
        }

        foreach (var (path, value) in groq.Items)
        {
            if (!classicPaths.Contains(path))
            {
                differences.Add(new FactDifference(aspect, path, FactDifference.Absent, value));
            }
        }

        return differences;
    }
}
