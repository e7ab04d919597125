namespace SemanticKernel.Connectors.Groq.PackageTests.Support;

/// <summary>
/// The files of a new console project, as a package user would write it, that references both packages from the local feed.
/// Its nuget.config adds the feed to the machine's own sources (it clears nothing), keeps the packages it restores in a
/// folder of its own and reads everything else from the machine's package cache, which it does not write to.
/// </summary>
internal static class ScratchConsole
{
    public static string Project(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <!-- Vulnerability audit needs the sources' advisory data, which an offline mirror lacks (NU1900) and which
                 changes over time (NU1901-NU1904): as errors they would fail this install test for reasons not its own. -->
            <NuGetAudit>false</NuGetAudit>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{PackedPackages.Connector}" Version="{version}" />
            <PackageReference Include="{PackedPackages.Emulator}" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    public static string NuGetConfig(string feed, string packagesFolder, string machineCache) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="groq-local-feed" value="{feed}" />
          </packageSources>
          <config>
            <add key="globalPackagesFolder" value="{packagesFolder}" />
          </config>
          <fallbackPackageFolders>
            <add key="machine-cache" value="{machineCache}" />
          </fallbackPackageFolders>
        </configuration>
        """;

    /// <summary>Both packages at work: the in-process emulator answering GroqChatClient (MEAI) and the SK chat service.</summary>
    public const string Program = """
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel.ChatCompletion;
        using SemanticKernel.Connectors.Groq;
        using SemanticKernel.Connectors.Groq.Emulator;

        await using var emulator = await GroqEmulator.StartAsync();
        var options = new GroqClientOptions { ApiKey = emulator.ApiKey, Endpoint = emulator.Endpoint };

        using IChatClient client = new GroqChatClient("llama-3.3-70b-versatile", options);
        emulator.Enqueue(EmulatorResponse.Text("Hello from the package feed"));
        var response = await client.GetResponseAsync("Say hello");
        Console.WriteLine($"chat: {response.Text}");

        var streamed = new System.Text.StringBuilder();
        emulator.Enqueue(EmulatorResponse.Text("Streamed in pieces"));
        await foreach (var update in client.GetStreamingResponseAsync("Stream something"))
        {
            streamed.Append(update.Text);
        }

        Console.WriteLine($"stream: {streamed}");

        var service = new GroqChatCompletionService("llama-3.3-70b-versatile", options);
        var history = new ChatHistory();
        history.AddUserMessage("Say hello the kernel way");
        emulator.Enqueue(EmulatorResponse.Text("Hello from Semantic Kernel"));
        var reply = await service.GetChatMessageContentAsync(history);
        Console.WriteLine($"sk: {reply.Content} ({reply.ModelId})");

        Console.WriteLine($"requests: {emulator.RequestCount}");
        """;
}
