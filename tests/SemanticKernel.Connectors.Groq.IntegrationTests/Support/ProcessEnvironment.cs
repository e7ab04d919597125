namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Tests that set a process-wide environment variable (<c>GROQ_BASE_URL</c>): they run after all parallel collections have
/// finished and nothing else runs beside them, so no other test sees the variable.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    /// <summary>The collection name for <c>[Collection(ProcessEnvironment.Name)]</c>.</summary>
    public const string Name = "Serial (process environment variables)";
}
