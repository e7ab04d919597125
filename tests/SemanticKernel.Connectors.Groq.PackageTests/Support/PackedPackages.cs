using System.Globalization;

namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>
/// The repository's packages, packed once from this build (<c>--no-build</c>) into a temporary local folder feed under a
/// version of their own, so no package cache can hand a test an older copy. Everything lives under <see cref="Root"/>,
/// which is deleted afterwards: nothing is written to the repository or to the machine's package cache.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public const string Connector = "SemanticKernel.Connectors.Groq";
    public const string Emulator = "SemanticKernel.Connectors.Groq.Emulator";
    public const string Server = "SemanticKernel.Connectors.Groq.Emulator.Server";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A temporary folder for everything these tests write.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "groq-package-tests-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The local folder feed holding the packed <c>.nupkg</c> and <c>.snupkg</c> files.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The version the packages were packed with.</summary>
    public string Version { get; } = "0.1.0-ci." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public string Symbols(string id) => Path.Combine(Feed, $"{id}.{Version}.snupkg");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        foreach (var id in new[] { Connector, Emulator, Server })
        {
            var project = RepositoryLayout.Project(id);
            var result = await DotnetCli.RunAsync(
                [
                    "pack", project, "-c", RepositoryLayout.Configuration, "--no-build", "-o", Feed, "-nodeReuse:false",
                    $"-p:Version={Version}",
                    // Keep pack's by-products (the generated .nuspec, the tool's publish folder) out of the repository.
                    $"-p:NuspecOutputPath={Path.Combine(Root, "nuspec", id)}{Path.DirectorySeparatorChar}",
                    $"-p:PublishDir={Path.Combine(Root, "publish", id)}{Path.DirectorySeparatorChar}",
                ],
                Root,
                PackTimeout);
            if (result.ExitCode != 0 || !File.Exists(Package(id)))
            {
                throw new InvalidOperationException(
                    $"dotnet pack {id} failed (exit {result.ExitCode}); build the solution in {RepositoryLayout.Configuration} first.\n{result.Output}");
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        TemporaryFolder.Delete(Root);
        return ValueTask.CompletedTask;
    }
}
