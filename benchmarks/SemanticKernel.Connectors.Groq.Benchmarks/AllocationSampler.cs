using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Listens to the runtime's randomized allocation sampling (.NET 10's <c>AllocationSampled</c> event: on average one
/// sample per 100 KiB allocated, each byte equally likely to be picked, naming the type and size of the object it fell in)
/// and estimates the bytes allocated per type. Unlike <c>GCAllocationTick</c>, which charges a whole allocation context to
/// whichever object refilled it, this is unbiased across object sizes. It sees no call stacks.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    // AllocationSamplingKeyword; the mean distance between samples is fixed by the runtime.
    private const EventKeywords AllocationSamplingKeyword = (EventKeywords)0x80000000000;
    private const double MeanSamplingDistance = 100 * 1024;

    private readonly ConcurrentDictionary<string, double> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _enabled;
    private long _samples;

    /// <summary>Gets how many ticks were seen.</summary>
    public long Samples => Interlocked.Read(ref _samples);

    /// <summary>Gets the estimated bytes per type name.</summary>
    public IReadOnlyDictionary<string, double> BytesByType => _bytesByType;

    /// <summary>Waits until the runtime's event source is enabled (events flow from the next allocation on).</summary>
    public void WaitUntilEnabled()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!_enabled && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        if (!_enabled)
        {
            throw new InvalidOperationException("The runtime's GC events could not be enabled.");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, AllocationSamplingKeyword);
            _enabled = true;
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "AllocationSampled" || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        int typeAt = eventData.PayloadNames.IndexOf("TypeName");
        int sizeAt = eventData.PayloadNames.IndexOf("ObjectSize");
        if (typeAt < 0 || sizeAt < 0)
        {
            return;
        }

        string type = eventData.Payload[typeAt] as string ?? "?";
        double size = Convert.ToDouble(eventData.Payload[sizeAt]);

        // An object of this size is sampled with probability 1 - e^(-size/mean): weight each sample by its inverse.
        double estimate = size / -double.ExpM1(-size / MeanSamplingDistance);
        _bytesByType.AddOrUpdate(type, estimate, (_, sum) => sum + estimate);
        Interlocked.Increment(ref _samples);
    }
}
