namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// The names under which the connector publishes its OpenTelemetry data: one <see cref="System.Diagnostics.ActivitySource"/>
/// (a span per HTTP attempt) and one <see cref="System.Diagnostics.Metrics.Meter"/> (Groq's server timings, time to first
/// token, retries, rate-limit waits). Nothing is recorded, and nothing is computed for it, until a listener subscribes, e.g.
/// <c>tracing.AddSource(GroqTelemetry.SourceName)</c> and <c>metrics.AddMeter(GroqTelemetry.MeterName)</c>.
/// </summary>
/// <remarks>
/// No prompt, completion, API key or header other than Groq's <c>x-request-id</c> is ever recorded. The spans nest under
/// whatever span is current when a call starts, such as the <c>gen_ai</c> chat span of Microsoft.Extensions.AI's
/// <c>UseOpenTelemetry()</c> or a Semantic Kernel function span, and are the parents of <see cref="HttpClient"/>'s own spans.
/// </remarks>
public static class GroqTelemetry
{
    /// <summary>The name of the connector's <see cref="System.Diagnostics.ActivitySource"/>: <c>SemanticKernel.Connectors.Groq</c>.</summary>
    public const string SourceName = "SemanticKernel.Connectors.Groq";

    /// <summary>The name of the connector's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>SemanticKernel.Connectors.Groq</c>.</summary>
    public const string MeterName = "SemanticKernel.Connectors.Groq";
}
