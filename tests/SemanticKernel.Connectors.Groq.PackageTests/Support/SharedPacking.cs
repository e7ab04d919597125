namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>The tests that share one packing of the repository's packages.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPacking : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
