using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// What <see cref="GroqClientOptions.CheckRequestsAgainstModelCatalog"/> costs a chat call once the catalog is cached: scenario
/// A's call with the checks off and on (the list fetched once in <see cref="Setup"/>, shared through the process-wide cache),
/// and the pure check alone on a 10-message request.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[IterationTime(200)]
public class ModelCatalogCheckBenchmarks
{
    private Scenario _scenario = null!;
    private GroqChatClient _checking = null!;
    private ModelIndex _index = null!;
    private WireChatRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = new Scenario(Scenario.NonStreamingBody(), "application/json", asStream: false);
        using (var models = new HttpClient(new CannedHttpHandler(ModelList(), "application/json", asStream: false)))
        {
            _index = new GroqModelCatalog(Scenario.GroqOptions(), models).GetIndexAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        var options = Scenario.GroqOptions();
        options.CheckRequestsAgainstModelCatalog = true;
        _checking = new GroqChatClient(Scenario.Model, options, _scenario.HttpClient);
        _request = new WireChatRequest
        {
            Model = Scenario.Model,
            MaxCompletionTokens = Scenario.MaxTokens,
            Messages = [.. Enumerable.Range(0, 10).Select(i => new WireMessage { Role = i % 2 == 0 ? "user" : "assistant", Content = WireContent.FromText(Scenario.Prompt) })],
        };

        int before = _scenario.Handler.Requests;
        _checking.GetResponseAsync(_scenario.Messages, _scenario.Options).GetAwaiter().GetResult();
        if (_scenario.Handler.Requests != before + 1)
        {
            throw new InvalidOperationException("The checking client fetched the catalog again instead of using the cached list.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _checking.Dispose();
        _scenario.Dispose();
    }

    [Benchmark(Baseline = true, Description = "GroqChatClient, checks off")]
    public Task<ChatResponse> ChecksOff() => _scenario.Groq.GetResponseAsync(_scenario.Messages, _scenario.Options);

    [Benchmark(Description = "GroqChatClient, catalog checks on")]
    public Task<ChatResponse> ChecksOn() => _checking.GetResponseAsync(_scenario.Messages, _scenario.Options);

    [Benchmark(Description = "ModelRequestChecks.Check, 10 messages")]
    public void CheckAlone() => ModelRequestChecks.Check(_index, _request, "modelId");

    private static byte[] ModelList()
    {
        var json = new StringBuilder("""{"object":"list","data":[""");
        for (int i = 0; i < 20; i++)
        {
            json.Append($$"""{"id":"model-{{i}}","object":"model","created":1733447754,"owned_by":"Meta","active":true,"context_window":131072,"max_completion_tokens":32768},""");
        }

        json.Append($$"""{"id":"{{Scenario.Model}}","object":"model","created":1733447754,"owned_by":"Meta","active":true,"context_window":131072,"max_completion_tokens":32768}]}""");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
