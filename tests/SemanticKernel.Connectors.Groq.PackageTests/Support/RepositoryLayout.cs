using System.Reflection;

namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>Where the repository and this build's outputs are, found from the test assembly's own location.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFile = "SemanticKernel.Connectors.Groq.sln";

    /// <summary>The repository root (the folder holding the solution).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (Release in CI), so packing reuses that build.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public static string Project(string name) => Path.Combine(Root, "src", name, name + ".csproj");

    /// <summary>The built standalone server, run as <c>dotnet &lt;dll&gt;</c>.</summary>
    public static string ServerAssembly { get; } = Path.Combine(
        Root, "src", "SemanticKernel.Connectors.Groq.Emulator.Server", "bin", Configuration, "net10.0",
        "SemanticKernel.Connectors.Groq.Emulator.Server.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"{SolutionFile} not found above {AppContext.BaseDirectory}.");
    }
}
