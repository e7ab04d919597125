using System.Collections.Concurrent;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>The kernel functions that actually ran on one side, as <c>Plugin-Function(arg=value)</c>, in start order.</summary>
internal sealed class InvocationLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string plugin, string function, params (string Name, object? Value)[] arguments) =>
        _entries.Enqueue($"{plugin}-{function}({string.Join(", ", arguments.Select(a => $"{a.Name}={a.Value}"))})");
}
