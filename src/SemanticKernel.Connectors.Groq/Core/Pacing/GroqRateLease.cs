using System.Threading.RateLimiting;

namespace SemanticKernel.Connectors.Groq.Core.Pacing;

/// <summary>
/// A request's turn from a <see cref="GroqRateLimiter"/>: its estimated tokens are held until it is settled with its answer's
/// headers, or, when disposed unsettled, charged as spent. A refused lease carries the wait as <see cref="MetadataName.RetryAfter"/>.
/// </summary>
internal sealed class GroqRateLease : RateLimitLease
{
    private static readonly string[] RetryAfterNames = [MetadataName.RetryAfter.Name];

    private readonly GroqRateLimiter? _owner;
    private readonly TimeSpan? _retryAfter;
    private int _settled;

    private GroqRateLease(GroqRateLimiter? owner, long tokens, TimeSpan? retryAfter)
    {
        _owner = owner;
        Tokens = tokens;
        _retryAfter = retryAfter;
    }

    /// <summary>Gets the tokens held for the request.</summary>
    public long Tokens { get; }

    public override bool IsAcquired => _owner is not null;

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : RetryAfterNames;

    public static GroqRateLease Acquired(GroqRateLimiter owner, long tokens) => new(owner, tokens, null);

    public static GroqRateLease Refused(TimeSpan? retryAfter) => new(null, 0, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }

    /// <summary>Settles the request with its answer's rate-limit headers (once; later calls do nothing).</summary>
    public void Settle(GroqRateLimits? answer)
    {
        if (_owner is not null && Interlocked.Exchange(ref _settled, 1) == 0)
        {
            _owner.Settle(Tokens, answer);
        }
    }

    protected override void Dispose(bool disposing)
    {
        Settle(null);
        base.Dispose(disposing);
    }
}
