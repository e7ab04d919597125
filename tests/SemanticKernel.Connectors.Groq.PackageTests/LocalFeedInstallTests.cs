using FluentAssertions;
using SemanticKernel.Connectors.Groq.PackageTests.Support;

namespace SemanticKernel.Connectors.Groq.PackageTests;

/// <summary>The packages installed from a local folder feed, as a user who cannot reach a published package would.</summary>
[Collection(SharedPacking.Name)]
public sealed class LocalFeedInstallTests(PackedPackages packages)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_console_app_restores_both_packages_from_the_local_feed_and_talks_to_the_in_process_emulator()
    {
        var app = Path.Combine(packages.Root, "app");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), await NuGetConfigAsync("app"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), ScratchConsole.Project(packages.Version), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), ScratchConsole.Program, TestContext.Current.CancellationToken);

        var build = await DotnetCli.RunAsync(
            ["build", app, "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false"], app, BuildTimeout);
        build.ExitCode.Should().Be(0, build.Output);
        var run = await DotnetCli.RunAsync([Path.Combine(app, "bin", "Release", "net10.0", "App.dll")], app, BuildTimeout);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.ReplaceLineEndings("\n").Should().Be(
            """
            chat: Hello from the package feed
            stream: Streamed in pieces
            sk: Hello from Semantic Kernel (llama-3.3-70b-versatile)
            requests: 3

            """);
        Directory.EnumerateDirectories(Path.Combine(packages.Root, "packages-app"))
            .Select(Path.GetFileName)
            .Should().Contain(["semantickernel.connectors.groq", "semantickernel.connectors.groq.emulator"], "the packages came from the local feed");
    }

    [Fact]
    public async Task The_tool_package_installs_as_groq_emulator_and_serves_the_models_list()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("The server is stopped with SIGTERM through kill(1), which Windows does not have.");
        }

        var work = Path.Combine(packages.Root, "tool");
        Directory.CreateDirectory(work);
        var config = Path.Combine(work, "nuget.config");
        await File.WriteAllTextAsync(config, await NuGetConfigAsync("tool"), TestContext.Current.CancellationToken);
        var toolPath = Path.Combine(work, "bin");

        var install = await DotnetCli.RunAsync(
            ["tool", "install", PackedPackages.Server, "--version", packages.Version, "--tool-path", toolPath], work, BuildTimeout);
        install.ExitCode.Should().Be(0, install.Output);

        await using var server = await ServerProcess.StartAsync(Path.Combine(toolPath, "groq-emulator"), ["--port", "0", "--no-auth"]);
        using var http = new HttpClient();
        using var models = await http.GetAsync(new Uri(server.BaseUrl + "/models"), TestContext.Current.CancellationToken);

        models.IsSuccessStatusCode.Should().BeTrue();
        (await models.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"llama-3.3-70b-versatile\"");
        (await server.StopAsync()).Should().Be(0);
    }

    private async Task<string> NuGetConfigAsync(string name)
    {
        // The machine's package cache as NuGet resolves it here (NUGET_PACKAGES, its own config, or ~/.nuget/packages).
        var locals = await DotnetCli.RunAsync(["nuget", "locals", "global-packages", "--list"], Path.GetTempPath(), TimeSpan.FromMinutes(1));
        locals.ExitCode.Should().Be(0, locals.Output);
        var machineCache = locals.Output.Trim().Split("global-packages:", 2)[1].Trim();
        return ScratchConsole.NuGetConfig(packages.Feed, Path.Combine(packages.Root, "packages-" + name), machineCache);
    }
}
