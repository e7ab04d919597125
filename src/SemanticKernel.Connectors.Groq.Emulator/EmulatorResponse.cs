using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator;

/// <summary>
/// A scripted answer for one <c>/chat/completions</c> or audio request. Immutable: the <c>With*</c> methods return copies.
/// Text and tool-call answers are rendered as JSON or as an SSE stream, whichever the request asks for;
/// errors, raw bodies and raw streams are sent as they are, and delays and headers apply, on every endpoint.
/// On <c>/audio/transcriptions</c> and <c>/audio/translations</c> a text answer becomes the transcript text, rendered in the
/// requested <c>response_format</c>; on <c>/audio/speech</c> text answers, and on audio endpoints tool calls, leave the default answer.
/// </summary>
public sealed class EmulatorResponse
{
    private EmulatorResponse(EmulatorResponseKind kind, int statusCode)
    {
        Kind = kind;
        StatusCode = statusCode;
    }

    internal EmulatorResponseKind Kind { get; }

    internal int StatusCode { get; }

    internal string? Content { get; private init; }

    internal string? Reasoning { get; private init; }

    internal string FinishReason { get; private init; } = "stop";

    internal IReadOnlyList<EmulatorToolCall> Calls { get; private init; } = [];

    internal GroqError? ErrorBody { get; private init; }

    internal string? Body { get; private init; }

    internal string ContentType { get; private init; } = "application/json";

    internal IReadOnlyList<KeyValuePair<string, string>> Headers { get; private set; } = [];

    internal TimeSpan Delay { get; private set; }

    internal int? CutAfterChunks { get; private set; }

    internal (int After, TimeSpan For)? Stall { get; private set; }

    internal UsageOverride? Usage { get; private set; }

    /// <summary>A text answer, optionally with reasoning.</summary>
    /// <param name="content">The assistant content.</param>
    /// <param name="reasoning">Reasoning text (<c>message.reasoning</c> / <c>delta.reasoning</c>), or null.</param>
    /// <param name="finishReason">The finish reason, e.g. <c>stop</c> or <c>length</c>.</param>
    public static EmulatorResponse Text(string content, string? reasoning = null, string finishReason = "stop")
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(finishReason);
        return new(EmulatorResponseKind.Text, 200) { Content = content, Reasoning = reasoning, FinishReason = finishReason };
    }

    /// <summary>A tool-call answer (<c>finish_reason: tool_calls</c>, no content).</summary>
    /// <param name="calls">The calls; those without an id get a deterministic Groq-like id.</param>
    public static EmulatorResponse ToolCalls(params EmulatorToolCall[] calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Length == 0)
        {
            throw new ArgumentException("At least one tool call is required.", nameof(calls));
        }

        var resolved = new EmulatorToolCall[calls.Length];
        for (var i = 0; i < calls.Length; i++)
        {
            var call = calls[i] ?? throw new ArgumentException("Tool calls must not be null.", nameof(calls));
            ArgumentException.ThrowIfNullOrWhiteSpace(call.Name, nameof(calls));
            ArgumentNullException.ThrowIfNull(call.ArgumentsJson, nameof(calls));
            resolved[i] = call.Id is null ? call with { Id = Ids.ToolCallId(call.Name, call.ArgumentsJson, i, 0) } : call;
        }

        return new(EmulatorResponseKind.ToolCalls, 200) { Calls = resolved, FinishReason = "tool_calls" };
    }

    /// <summary>A Groq-shaped error: <c>{"error":{"message","type","code"?,"param"?,"failed_generation"?}}</c>.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="message">The error message.</param>
    /// <param name="type">The error type.</param>
    /// <param name="code">The error code, or null to omit it.</param>
    /// <param name="param">The offending parameter, or null to omit it.</param>
    /// <param name="failedGeneration">The failed generation, or null to omit it.</param>
    public static EmulatorResponse Error(int statusCode, string message, string type = "invalid_request_error", string? code = null, string? param = null, string? failedGeneration = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new(EmulatorResponseKind.Error, statusCode) { ErrorBody = new GroqError(statusCode, message, type, code, param, failedGeneration) };
    }

    /// <summary>A response whose body is sent verbatim (e.g. malformed JSON).</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The body text (UTF-8).</param>
    /// <param name="contentType">The <c>Content-Type</c> header.</param>
    public static EmulatorResponse RawBody(int statusCode, string body, string contentType = "application/json")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        return new(EmulatorResponseKind.RawBody, statusCode) { Body = body, ContentType = contentType };
    }

    /// <summary>A 200 <c>text/event-stream</c> response with exactly this body, written event by event.</summary>
    /// <param name="sseText">The SSE text, e.g. <c>"event: error\ndata: {...}\n\n"</c>.</param>
    public static EmulatorResponse RawSse(string sseText)
    {
        ArgumentNullException.ThrowIfNull(sseText);
        return new(EmulatorResponseKind.RawSse, 200) { Body = sseText, ContentType = "text/event-stream" };
    }

    /// <summary>No response at all: the connection is aborted before any header is sent, as a reset network would.</summary>
    public static EmulatorResponse ConnectionReset() => new(EmulatorResponseKind.ConnectionReset, 0);

    /// <summary>Returns a copy that also sends this response header (e.g. <c>retry-after</c>).</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    public EmulatorResponse WithHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        var copy = Copy();
        copy.Headers = [.. Headers, new KeyValuePair<string, string>(name, value)];
        return copy;
    }

    /// <summary>Returns a copy that waits this long before sending the response headers.</summary>
    /// <param name="delay">The delay.</param>
    public EmulatorResponse WithDelay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        var copy = Copy();
        copy.Delay = delay;
        return copy;
    }

    /// <summary>Returns a copy that, when streamed, aborts the connection after this many data events, without <c>[DONE]</c>.</summary>
    /// <param name="chunks">The number of data events to send before aborting.</param>
    public EmulatorResponse WithCutAfterChunks(int chunks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunks);
        var copy = Copy();
        copy.CutAfterChunks = chunks;
        return copy;
    }

    /// <summary>Returns a copy that, when streamed, goes quiet for <paramref name="stall"/> after this many data events, then goes on.</summary>
    /// <param name="chunks">The number of data events sent before the pause.</param>
    /// <param name="stall">How long nothing is sent.</param>
    public EmulatorResponse WithStallAfterChunks(int chunks, TimeSpan stall)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunks);
        ArgumentOutOfRangeException.ThrowIfLessThan(stall, TimeSpan.Zero);
        var copy = Copy();
        copy.Stall = (chunks, stall);
        return copy;
    }

    /// <summary>Returns a copy that reports these token counts instead of the emulator's estimate.</summary>
    /// <param name="promptTokens">Prompt tokens.</param>
    /// <param name="completionTokens">Completion tokens (including reasoning tokens).</param>
    /// <param name="reasoningTokens">Reasoning tokens, reported in <c>completion_tokens_details</c> when non-zero.</param>
    /// <param name="cachedTokens">Cached prompt tokens, reported in <c>prompt_tokens_details</c> when non-zero.</param>
    public EmulatorResponse WithUsage(int promptTokens, int completionTokens, int reasoningTokens = 0, int cachedTokens = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promptTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(completionTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(reasoningTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(cachedTokens);
        var copy = Copy();
        copy.Usage = new UsageOverride(promptTokens, completionTokens, reasoningTokens, cachedTokens);
        return copy;
    }

    private EmulatorResponse Copy() => (EmulatorResponse)MemberwiseClone();
}
