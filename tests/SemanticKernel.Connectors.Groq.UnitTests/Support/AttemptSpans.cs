using System.Diagnostics;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>
/// The connector's attempt spans of one test: a listener on its source, and a root span current from creation, so only
/// spans of this test's trace are kept (the source is process-wide and tests run in parallel).
/// </summary>
internal sealed class AttemptSpans : IDisposable
{
    private readonly ActivitySource _root = new("UnitTests.AttemptSpans." + Guid.NewGuid().ToString("N"));
    private readonly ActivityListener _listener;
    private readonly Activity _test;
    private readonly List<Activity> _started = [];

    public AttemptSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GroqTelemetry.SourceName || source.Name == _root.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = Started,
        };
        ActivitySource.AddActivityListener(_listener);
        _test = _root.StartActivity("test") ?? throw new InvalidOperationException("The test's root span was not sampled.");
    }

    /// <summary>The attempt spans started so far in this test's trace, in start order.</summary>
    public List<Activity> Started()
    {
        lock (_started)
        {
            return [.. _started];
        }
    }

    public void Dispose()
    {
        _test.Dispose();
        _listener.Dispose();
        _root.Dispose();
    }

    private void Started(Activity span)
    {
        if (span.Source.Name == GroqTelemetry.SourceName && span.TraceId == _test?.TraceId)
        {
            lock (_started)
            {
                _started.Add(span);
            }
        }
    }
}
