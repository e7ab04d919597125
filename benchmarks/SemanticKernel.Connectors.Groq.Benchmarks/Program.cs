using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SemanticKernel.Connectors.Groq.Benchmarks;

// `-- --verify` runs every path once and checks they agree, without benchmarking.
if (args.Contains("--verify"))
{
    var nonStreaming = new NonStreamingChatBenchmarks();
    nonStreaming.Setup();
    nonStreaming.Cleanup();
    var streaming = new StreamingChatBenchmarks();
    streaming.Setup();
    streaming.Cleanup();
    var kernel = new SemanticKernelChatBenchmarks();
    kernel.Setup();
    kernel.Cleanup();
    var realistic = new RealisticNonStreamingBenchmarks();
    realistic.Setup();
    realistic.Cleanup();
    var realisticStreaming = new RealisticStreamingBenchmarks();
    realisticStreaming.Setup();
    realisticStreaming.Cleanup();
    var audio = new AudioUploadBenchmarks();
    audio.Setup();
    audio.Cleanup();
    return 0;
}

// `-- --profile [calls]` prints the realistic workload's allocated bytes per call and its top allocated types.
int profileAt = Array.IndexOf(args, "--profile");
if (profileAt >= 0)
{
    int calls = profileAt + 1 < args.Length && int.TryParse(args[profileAt + 1], out int n) ? n : 20_000;
    await AllocationProfile.RunAsync(calls);
    return 0;
}

// Everything else is BenchmarkDotNet's own command line: --filter '*', --job short, --list flat, ...
// Reports go next to the binaries (bin/Release/net10.0/BenchmarkDotNet.Artifacts) unless --artifacts says otherwise.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(NonStreamingChatBenchmarks).Assembly).Run(args, config);
return 0;
