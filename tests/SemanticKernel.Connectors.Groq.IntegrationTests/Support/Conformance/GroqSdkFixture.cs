using System.Text.Json;
using System.Text.Json.Nodes;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// Installs the pinned groq-sdk (<c>npm ci</c> in <c>tests/conformance</c>), starts one emulator and sends every scenario
/// through groq-sdk in a single Node process, keeping what groq-sdk returned and the request the emulator recorded for
/// each. Without Node.js and npm, or when npm cannot reach its registry, <see cref="SkipReason"/> says why and every
/// test skips; any other failure (a broken lock file, a crashing script) fails the tests.
/// </summary>
public sealed class GroqSdkFixture : IAsyncLifetime
{
    /// <summary>The request header run-scenarios.mjs tags each groq-sdk request with.</summary>
    internal const string ScenarioHeader = "x-conformance-scenario";

    private static readonly string[] NetworkFailures =
        ["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENETUNREACH", "EHOSTUNREACH", "ENOTCACHED", "network", "offline", "proxy"];

    private readonly Dictionary<string, SdkOutcome> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RecordedRequest>> _requests = new(StringComparer.Ordinal);
    private GroqEmulator? _emulator;

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    internal string? SkipReason { get; private set; }

    /// <summary>How long <c>npm ci</c> and the Node run took.</summary>
    internal string Timings { get; private set; } = "";

    internal static IEnumerable<ConformanceCase> RequestCases() =>
        ChatConformanceCases.All().Concat(ToolConformanceCases.All()).Concat(BuiltInToolConformanceCases.All())
            .Concat(AudioConformanceCases.All()).Concat(ModelConformanceCases.All());

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        string directory = RepositoryPaths.ConformanceDirectory();
        var node = await ProcessRunner.TryRunAsync("node", ["--version"], directory, null, TimeSpan.FromSeconds(30), ct);
        var npm = await ProcessRunner.TryRunAsync("npm", ["--version"], directory, null, TimeSpan.FromSeconds(60), ct);
        if (node is not { Succeeded: true } || npm is not { Succeeded: true })
        {
            SkipReason = $"{(node is { Succeeded: true } ? "npm" : "node")} is not on PATH: the conformance tests against the official groq-sdk " +
                $"need Node.js 20+ and npm (they run 'npm ci' in {directory}).";
            return;
        }

        if (!int.TryParse(node.StandardOutput.Trim().TrimStart('v').Split('.')[0], out int major) || major < 20)
        {
            SkipReason = $"node {node.StandardOutput.Trim()} is too old: groq-sdk's uploads need the global File of Node.js 20+.";
            return;
        }

        var install = await ProcessRunner.TryRunAsync(
            "npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], directory, null, TimeSpan.FromMinutes(5), ct);
        if (install is not { Succeeded: true })
        {
            string tail = install?.Tail() ?? "npm did not start";
            if (NetworkFailures.Any(word => tail.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                SkipReason = $"'npm ci' in {directory} could not download groq-sdk (offline?), so the conformance tests cannot run: {tail}";
                return;
            }

            throw new InvalidOperationException($"'npm ci' failed in {directory}: {tail}");
        }

        _emulator = await GroqEmulator.StartAsync(cancellationToken: ct);
        var parsing = ResponseParsingCases.All().ToList();
        foreach (var scripted in parsing.Where(c => c.Scripted is not null))
        {
            _emulator.Enqueue(scripted.Scripted!);
        }

        // Parsing scenarios first: their scripted answers are consumed in order, before any other scenario could take one.
        var calls = parsing.Select(c => c.Sdk).Concat(RequestCases().Select(c => c.Sdk)).ToList();
        var input = new JsonObject
        {
            ["baseURL"] = _emulator.Endpoint.GetLeftPart(UriPartial.Authority),
            ["apiKey"] = _emulator.ApiKey,
            ["scenarios"] = new JsonArray([.. calls.Select(c => (JsonNode)c.ToJson())]),
        };
        var run = await ProcessRunner.TryRunAsync(
            "node", ["run-scenarios.mjs"], directory, input.ToJsonString(), TimeSpan.FromMinutes(2), ct);
        if (run is not { Succeeded: true })
        {
            throw new InvalidOperationException($"node run-scenarios.mjs failed: {run?.Tail() ?? "node did not start"}");
        }

        Timings = $"npm ci {install.Elapsed.TotalSeconds:0.0} s, node run of {calls.Count} scenarios {run.Elapsed.TotalSeconds:0.0} s";
        using (var output = JsonDocument.Parse(run.StandardOutput))
        {
            foreach (var entry in output.RootElement.EnumerateArray())
            {
                _outcomes.Add(entry.GetProperty("id").GetString()!, new SdkOutcome(entry.Clone()));
            }
        }

        foreach (var request in _emulator.Requests)
        {
            if (request.Headers.TryGetValue(ScenarioHeader, out string? id))
            {
                (_requests.TryGetValue(id, out var list) ? list : _requests[id] = []).Add(request);
            }
        }

        if (_emulator.PendingResponses != 0)
        {
            throw new InvalidOperationException($"{_emulator.PendingResponses} scripted responses were not consumed: a scenario sent fewer valid requests than expected.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Skips the calling test, with the reason, when groq-sdk could not be installed here.</summary>
    internal void SkipIfUnavailable()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }
    }

    internal SdkOutcome Outcome(string id) =>
        _outcomes.TryGetValue(id, out var outcome) ? outcome : throw new KeyNotFoundException($"groq-sdk reported nothing for scenario {id}.");

    /// <summary>The one request groq-sdk sent for the scenario, as the emulator recorded it.</summary>
    internal RecordedRequest Request(string id) =>
        _requests.TryGetValue(id, out var list) && list.Count == 1
            ? list[0]
            : throw new InvalidOperationException($"Expected one recorded groq-sdk request for scenario {id}, found {(list?.Count ?? 0)}.");
}
