namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>Finds folders of this repository from the test binaries, without copying them into the output.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "SemanticKernel.Connectors.Groq.sln";

    /// <summary><c>tests/conformance</c>: the pinned groq-sdk and the Node script that drives it.</summary>
    public static string ConformanceDirectory() => Path.Combine(Root(), "tests", "conformance");

    /// <summary>The folder holding the solution file, found by walking up from <see cref="AppContext.BaseDirectory"/>.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
