using SemanticKernel.Connectors.Groq.Emulator.Audio;

namespace SemanticKernel.Connectors.Groq.Emulator.Server;

/// <summary>Per-request facts the middleware hands to the endpoint handlers (an <c>HttpContext</c> feature).</summary>
internal sealed class ExchangeContext(EmulatorState state, RecordedRequest recorded, string requestId)
{
    public EmulatorState State { get; } = state;

    public RecordedRequest Recorded { get; } = recorded;

    public string RequestId { get; } = requestId;

    public bool Authenticated { get; set; }

    /// <summary>The rate-limit state an enforced limit already decided for this request; the headers report it instead of charging again.</summary>
    public RateLimitSnapshot? DecidedLimits { get; set; }

    /// <summary>The streamed-through <c>multipart/form-data</c> body, or null for other requests.</summary>
    public AudioForm? Form { get; init; }
}
