namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>
/// Tests that must run alone: they measure the whole process's managed heap, so they run after all parallel collections
/// have finished and nothing else runs beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeasurements
{
    /// <summary>The collection name for <c>[Collection(ProcessWideMeasurements.Name)]</c>.</summary>
    public const string Name = "Serial (process-wide measurements)";
}
