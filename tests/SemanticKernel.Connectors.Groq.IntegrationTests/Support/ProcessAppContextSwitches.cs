namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Tests that set a process-wide <see cref="AppContext"/> switch (Semantic Kernel's diagnostics switches): they run after all
/// parallel collections have finished and nothing else runs beside them, so no other test sees the switch.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessAppContextSwitches
{
    /// <summary>The collection name for <c>[Collection(ProcessAppContextSwitches.Name)]</c>.</summary>
    public const string Name = "Serial (process-wide AppContext switches)";
}
