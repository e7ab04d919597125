using SemanticKernel.Connectors.Groq.Emulator.Batches;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>State shared by all handlers of one emulator: options, recorded requests, scripted responses, rate limits, faults, files and batches.</summary>
internal sealed class EmulatorState(GroqEmulatorOptions options, FileStore files)
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<EmulatorResponse> _script = new();
    private readonly bool _recordRequests = options.RecordRequests;
    private long _requestCount;
    private long _rateLimited;

    public GroqEmulatorOptions Options { get; } = options;

    public string ApiKey { get; } = options.ApiKey;

    public RateLimitTracker RateLimits { get; } = new(options.RateLimitRequestsPerDay, options.RateLimitTokensPerMinute, options.RateLimitRequestsPerMinute);

    /// <summary>The number of chat requests an enforced rate limit refused (429 or 413).</summary>
    public long RateLimited => Interlocked.Read(ref _rateLimited);

    /// <summary>The fault injector, or null when <see cref="GroqEmulatorOptions.Faults"/> is unset.</summary>
    public FaultInjector? Faults { get; } = options.Faults is { } faults ? new FaultInjector(faults) : null;

    /// <summary>The uploaded files and the output and error files of batches.</summary>
    public FileStore Files { get; } = files;

    /// <summary>The batches and their background workers.</summary>
    public BatchRunner Batches { get; } = new(options, files);

    /// <summary>Every request received, recorded or not.</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public int PendingResponses
    {
        get
        {
            lock (_gate)
            {
                return _script.Count;
            }
        }
    }

    public void Record(RecordedRequest request)
    {
        Interlocked.Increment(ref _requestCount);
        if (!_recordRequests)
        {
            return;
        }

        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void ClearRequests()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    public void Enqueue(EmulatorResponse response)
    {
        lock (_gate)
        {
            _script.Enqueue(response);
        }
    }

    public EmulatorResponse? TryDequeue()
    {
        lock (_gate)
        {
            return _script.TryDequeue(out var response) ? response : null;
        }
    }

    public IReadOnlyList<string> Models()
    {
        lock (_gate)
        {
            return [.. Options.Models];
        }
    }

    public bool IsKnownModel(string id) => Models().Contains(id, StringComparer.Ordinal);

    public bool IsActiveModel(string id)
    {
        lock (_gate)
        {
            return !Options.InactiveModels.Contains(id, StringComparer.Ordinal);
        }
    }
}
