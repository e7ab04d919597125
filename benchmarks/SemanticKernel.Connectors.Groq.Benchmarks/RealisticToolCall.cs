using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>The assistant's tool call in the realistic history; <paramref name="Arguments"/> is the JSON text as the model sent it.</summary>
internal sealed record RealisticToolCall(string Id, string Plugin, string Function, string Arguments)
{
    /// <summary>Gets the tool's name on the wire, <c>plugin-function</c> as SK names kernel functions.</summary>
    public string ToolName => Plugin + "-" + Function;

    /// <summary>The arguments as name/value pairs; the workload keeps them strings so every client serializes them alike.</summary>
    public Dictionary<string, object?> ParseArguments()
    {
        using var doc = JsonDocument.Parse(Arguments);
        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (object?)(p.Value.ValueKind == JsonValueKind.String
                ? p.Value.GetString()
                : throw new InvalidOperationException($"Tool call argument '{p.Name}' must be a string in this workload.")));
    }
}
