using FluentAssertions;
using SemanticKernel.Connectors.Groq.PackageTests.Support;

namespace SemanticKernel.Connectors.Groq.PackageTests;

/// <summary>What each packed .nupkg and .snupkg carries: metadata a package user and nuget.org see, and dependencies.</summary>
[Collection(SharedPacking.Name)]
public sealed class PackageContentsTests(PackedPackages packages)
{
    [Theory]
    [InlineData(PackedPackages.Connector)]
    [InlineData(PackedPackages.Emulator)]
    [InlineData(PackedPackages.Server)]
    public void Package_carries_its_readme_the_MIT_licence_expression_a_description_and_tags(string id)
    {
        using var package = new PackageFile(packages.Package(id));

        package.Value("id").Should().Be(id);
        package.Value("version").Should().Be(packages.Version);
        package.Value("readme").Should().Be("README.md");
        package.Entries.Should().Contain("README.md");
        package.Text("README.md").Should().Contain("emulator", "each readme says how to test offline");
        var license = package.Element("license");
        license!.Value.Should().Be("MIT");
        ((string?)license.Attribute("type")).Should().Be("expression");
        package.Value("description").Should().NotBeNullOrWhiteSpace();
        package.Value("tags").Should().Contain("groq");
        package.Entries.Should().NotContain(entry => entry.EndsWith("PublicAPI.Shipped.txt", StringComparison.Ordinal) || entry.EndsWith("PublicAPI.Unshipped.txt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PackedPackages.Connector)]
    [InlineData(PackedPackages.Emulator)]
    public void Library_package_has_its_assembly_and_xml_docs_and_a_snupkg_with_the_pdb(string id)
    {
        using var package = new PackageFile(packages.Package(id));
        using var symbols = new PackageFile(packages.Symbols(id));

        package.Entries.Should().Contain([$"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
        package.Entries.Should().NotContain(entry => entry.EndsWith(".pdb", StringComparison.Ordinal), "symbols go to the .snupkg");
        symbols.Entries.Should().Contain($"lib/net10.0/{id}.pdb");
    }

    [Fact]
    public void Package_names_the_commit_it_was_built_from_when_built_in_a_git_clone()
    {
        if (!Path.Exists(Path.Combine(RepositoryLayout.Root, ".git")))
        {
            Assert.Skip("The sources are not a git clone, so SourceLink has no commit to record.");
        }

        using var package = new PackageFile(packages.Package(PackedPackages.Connector));

        var repository = package.Element("repository");
        repository.Should().NotBeNull();
        ((string?)repository!.Attribute("commit")).Should().MatchRegex("^[0-9a-f]{40}$");
    }

    [Fact]
    public void Connector_depends_on_the_abstractions_the_configuration_binder_and_Polly_only()
    {
        using var package = new PackageFile(packages.Package(PackedPackages.Connector));

        package.Dependencies().Should().BeEquivalentTo(
            "Microsoft.Extensions.AI",
            "Microsoft.Extensions.Configuration.Binder",
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.SemanticKernel.Abstractions",
            "Polly.Core",
            "Polly.RateLimiting");
    }

    [Fact]
    public void Emulator_needs_only_ASP_NET_Core_and_nothing_of_the_connector()
    {
        using var package = new PackageFile(packages.Package(PackedPackages.Emulator));

        package.Dependencies().Should().BeEmpty();
        package.FrameworkReferences().Should().Equal("Microsoft.AspNetCore.App");
    }

    [Fact]
    public void Server_is_a_dotnet_tool_named_groq_emulator_that_carries_the_emulator()
    {
        using var package = new PackageFile(packages.Package(PackedPackages.Server));

        package.Metadata.Descendants().Where(element => element.Name.LocalName == "packageType")
            .Select(element => (string?)element.Attribute("name")).Should().Equal("DotnetTool");
        package.Entries.Should().Contain("tools/net10.0/any/SemanticKernel.Connectors.Groq.Emulator.dll");
        package.Text("tools/net10.0/any/DotnetToolSettings.xml").Should().Contain("Name=\"groq-emulator\"");
    }

    [Fact]
    public void Only_the_two_libraries_and_the_server_tool_opt_in_to_packing()
    {
        // Directory.Build.props sets IsPackable=false, so a new test, example or benchmark is never packed by accident.
        var packable = Directory.EnumerateFiles(RepositoryLayout.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension);

        packable.Should().BeEquivalentTo(PackedPackages.Connector, PackedPackages.Emulator, PackedPackages.Server);
    }
}
