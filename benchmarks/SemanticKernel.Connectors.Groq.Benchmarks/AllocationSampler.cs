using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// Listens to the runtime's sampled <c>GCAllocationTick</c> events (one about every 100 KB allocated, naming the type
/// whose allocation crossed the mark and the bytes since the last one) and sums the bytes per type. Over enough
/// allocations this estimates where the bytes go by type; it sees no call stacks.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _enabled;
    private long _samples;

    /// <summary>Gets how many ticks were seen.</summary>
    public long Samples => Interlocked.Read(ref _samples);

    /// <summary>Gets the sampled bytes per type name.</summary>
    public IReadOnlyDictionary<string, long> BytesByType => _bytesByType;

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
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            _enabled = true;
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        int typeAt = eventData.PayloadNames.IndexOf("TypeName");
        int amountAt = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0)
        {
            return;
        }

        string type = eventData.Payload[typeAt] as string ?? "?";
        long amount = Convert.ToInt64(eventData.Payload[amountAt]);
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        Interlocked.Increment(ref _samples);
    }
}
