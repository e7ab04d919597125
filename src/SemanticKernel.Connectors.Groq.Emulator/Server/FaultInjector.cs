using System.Globalization;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>
/// Draws, from one seeded <see cref="Random"/> in arrival order, which valid chat requests get an <see cref="EmulatorFaults"/>
/// fault, and builds that fault as an error <see cref="EmulatorResponse"/>.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly Random _random;
    private readonly double _rate;
    private readonly int[] _statuses;
    private readonly TimeSpan _minRetryAfter;
    private readonly TimeSpan _maxRetryAfter;
    private long _injected;

    public FaultInjector(EmulatorFaults faults)
    {
        if (double.IsNaN(faults.Rate) || faults.Rate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException("options.Faults.Rate", faults.Rate, "The fault rate must be from 0 to 1.");
        }

        ArgumentNullException.ThrowIfNull(faults.Statuses, "options.Faults.Statuses");
        if (faults.Statuses.Count == 0 || faults.Statuses.Any(status => status is < 400 or > 599))
        {
            throw new ArgumentException("The fault statuses must be one or more error statuses from 400 to 599.", "options.Faults.Statuses");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(faults.MinRetryAfter, TimeSpan.Zero, "options.Faults.MinRetryAfter");
        ArgumentOutOfRangeException.ThrowIfLessThan(faults.MaxRetryAfter, faults.MinRetryAfter, "options.Faults.MaxRetryAfter");

        _random = faults.Seed is { } seed ? new Random(seed) : new Random();
        _rate = faults.Rate;
        _statuses = [.. faults.Statuses];
        _minRetryAfter = faults.MinRetryAfter;
        _maxRetryAfter = faults.MaxRetryAfter;
    }

    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>Returns the fault for the next valid chat request, or null when it is to be answered normally.</summary>
    public EmulatorResponse? Next(string model)
    {
        int status;
        TimeSpan retryAfter;
        lock (_gate)
        {
            if (_random.NextDouble() >= _rate)
            {
                return null;
            }

            status = _statuses[_random.Next(_statuses.Length)];
            retryAfter = _minRetryAfter + ((_maxRetryAfter - _minRetryAfter) * _random.NextDouble());
        }

        Interlocked.Increment(ref _injected);
        return status == 429 ? RateLimited(model, retryAfter) : ServerError(status);
    }

    private static EmulatorResponse RateLimited(string model, TimeSpan retryAfter) =>
        EmulatorResponse.Error(
                429,
                $"Rate limit reached for model `{model}` in organization `org_emulator` service tier `on_demand` on requests (injected fault). Please try again in {GoDuration.Format(retryAfter)}.",
                "requests",
                "rate_limit_exceeded")
            .WithHeader("retry-after-ms", Math.Round(retryAfter.TotalMilliseconds, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture))
            .WithHeader("retry-after", Math.Round(retryAfter.TotalSeconds, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture));

    private static EmulatorResponse ServerError(int status) => status switch
    {
        408 => EmulatorResponse.Error(408, "Request timed out (injected fault).", "invalid_request_error", "request_timeout"),
        409 => EmulatorResponse.Error(409, "Conflict, please retry (injected fault).", "invalid_request_error", "conflict"),
        500 => EmulatorResponse.Error(500, "Internal server error (injected fault).", "internal_server_error", "internal_server_error"),
        502 => EmulatorResponse.Error(502, "Bad gateway (injected fault).", "internal_server_error", "bad_gateway"),
        503 => EmulatorResponse.Error(503, "Service Unavailable: the service is overloaded, please retry (injected fault).", "internal_server_error", "service_unavailable"),
        _ => EmulatorResponse.Error(status, string.Create(CultureInfo.InvariantCulture, $"Injected fault {status}."), status >= 500 ? "internal_server_error" : "invalid_request_error"),
    };
}
