using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>One of the realistic workload's tools: a kernel function <paramref name="Plugin"/>-<paramref name="Function"/> and its JSON-schema parameters.</summary>
internal sealed record RealisticTool(string Plugin, string Function, string Description, JsonElement Parameters)
{
    /// <summary>Gets the tool's name on the wire, <c>plugin-function</c> as SK names kernel functions.</summary>
    public string ToolName => Plugin + "-" + Function;
}
