namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>
/// Tests that set process-wide environment variables (<c>GROQ_API_KEY</c>, <c>GROQ_BASE_URL</c>): they run after all
/// parallel collections have finished and nothing else runs beside them, so no other test sees the variables they set.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    /// <summary>The collection name for <c>[Collection(ProcessEnvironment.Name)]</c>.</summary>
    public const string Name = "Serial (process environment variables)";

    /// <summary>Sets the variables for the scope, then restores their previous values.</summary>
    public static IDisposable Set(params (string Name, string? Value)[] variables)
    {
        var previous = variables.Select(v => (v.Name, Environment.GetEnvironmentVariable(v.Name))).ToArray();
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        return new Restore(previous);
    }

    private sealed class Restore((string Name, string? Value)[] previous) : IDisposable
    {
        public void Dispose()
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
