using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// One test's OpenTelemetry data, through the SDK and its in-memory exporters. Sources and meters are process-wide and tests run
/// in parallel, so each capture keeps to what is its own: spans of the trace under its <see cref="Root"/>, and measurements
/// tagged with its <see cref="Model"/> (a model id no other test uses; add it to the emulator's models).
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    public const string HttpClientSource = "System.Net.Http";

    private static readonly ActivitySource TestSource = new("SemanticKernel.Connectors.Groq.IntegrationTests.Telemetry");

    private readonly LockedCollection<Activity> _spans = new();
    private readonly LockedCollection<MetricSnapshot> _metrics = new();
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _metering;

    /// <param name="sources">More sources to record, besides the connector's, HttpClient's and the test's own.</param>
    public TelemetryCapture(params string[] sources)
    {
        Model = "telemetry-test-" + Guid.NewGuid().ToString("N");
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(TestSource.Name, GroqTelemetry.SourceName, HttpClientSource)
            .AddSource(sources)
            .AddInMemoryExporter(_spans)
            .Build();
        _metering = Sdk.CreateMeterProviderBuilder()
            .AddMeter(GroqTelemetry.MeterName)
            .AddInMemoryExporter(_metrics)
            .Build();
        Root = TestSource.StartActivity("telemetry test") ?? throw new InvalidOperationException("The test's root span was not sampled.");
    }

    /// <summary>A model id unique to this capture.</summary>
    public string Model { get; }

    /// <summary>The test's root span, current from the capture's creation: everything the test calls is in its trace.</summary>
    public Activity Root { get; }

    /// <summary>The ended spans of this test's trace, in start order.</summary>
    public List<Activity> Spans() =>
        [.. _spans.Snapshot().Where(span => span.TraceId == Root.TraceId).OrderBy(span => span.StartTimeUtc)];

    /// <summary>The connector's attempt spans of this test's trace, in start order.</summary>
    public List<Activity> Attempts() => [.. Spans().Where(span => span.Source.Name == GroqTelemetry.SourceName)];

    /// <summary>The points of metric <paramref name="name"/> whose <c>gen_ai.request.model</c> is this capture's <see cref="Model"/>.</summary>
    public List<MetricPoint> Points(string name)
    {
        _metrics.Clear();
        _metering.ForceFlush();
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Snapshot().Where(m => m.Name == name))
        {
            foreach (var point in metric.MetricPoints)
            {
                if (Tag(point, "gen_ai.request.model") as string == Model)
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    /// <summary>Every tag value of every point of every metric of the connector's meter, as text.</summary>
    public List<string> AllMetricTagValues()
    {
        _metrics.Clear();
        _metering.ForceFlush();
        var values = new List<string>();
        foreach (var metric in _metrics.Snapshot())
        {
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags)
                {
                    values.Add($"{metric.Name} {tag.Key}={tag.Value}");
                }
            }
        }

        return values;
    }

    public static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }

    public void Dispose()
    {
        Root.Dispose();
        _tracing.Dispose();
        _metering.Dispose();
    }
}
