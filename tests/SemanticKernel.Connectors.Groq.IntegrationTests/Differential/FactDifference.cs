namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>One place where the Groq run differs from the classic run; a side without the path shows <c>(absent)</c>.</summary>
internal sealed record FactDifference(string Aspect, string Path, string Classic, string Groq)
{
    public const string Absent = "(absent)";

    public override string ToString() => $"{Aspect}: {Path}: classic {Clip(Classic)} | groq {Clip(Groq)}";

    private static string Clip(string value) => value.Length <= 240 ? value : value[..240] + "...";
}
