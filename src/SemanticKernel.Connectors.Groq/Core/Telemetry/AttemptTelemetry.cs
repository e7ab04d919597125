using System.Diagnostics;
using System.Globalization;
using Polly.Timeout;

namespace SemanticKernel.Connectors.Groq.Core.Telemetry;

/// <summary>
/// The span of one HTTP attempt and the retry and rate-limit measurements around it. Every method returns at once when
/// nobody listens; a span is the parent of <see cref="HttpClient"/>'s own span, since it is current while the request is sent.
/// </summary>
internal static class AttemptTelemetry
{
    private const string Timeout = "timeout";

    /// <summary>Starts the span of the attempt about to send <paramref name="request"/>, or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? Start(AttemptState state, HttpRequestMessage request)
    {
        if (!GroqInstruments.Source.HasListeners())
        {
            return null;
        }

        var span = GroqInstruments.Source.StartActivity(GroqInstruments.AttemptSpanName, ActivityKind.Internal);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(TelemetryTags.ProviderName, TelemetryTags.Groq);
            span.SetTag(TelemetryTags.OperationName, state.Operation);
            if (state.Model is not null)
            {
                span.SetTag(TelemetryTags.RequestModel, state.Model);
            }

            span.SetTag(TelemetryTags.HttpMethod, request.Method.Method);
            span.SetTag(TelemetryTags.UrlPath, request.RequestUri?.AbsolutePath);
            span.SetTag(TelemetryTags.Attempt, state.Attempt);
            if (state.RetryReason is not null)
            {
                span.SetTag(TelemetryTags.RetryReason, state.RetryReason);
                span.SetTag(TelemetryTags.RetryDelay, state.RetryDelay.TotalSeconds);
            }

            if (state.RateLimitWait > TimeSpan.Zero)
            {
                span.SetTag(TelemetryTags.RateLimitWait, state.RateLimitWait.TotalSeconds);
            }
        }

        return span;
    }

    /// <summary>Records the answer's status and Groq's request id on the attempt's span; a failure status marks it failed.</summary>
    public static void Answered(Activity? span, HttpResponseMessage response, SecretRedactor redactor)
    {
        if (span is not { IsAllDataRequested: true })
        {
            return;
        }

        int status = (int)response.StatusCode;
        span.SetTag(TelemetryTags.HttpStatusCode, status);
        if (GroqResponseHeaders.RequestId(response.Headers) is { } requestId)
        {
            span.SetTag(TelemetryTags.RequestId, redactor.Redact(requestId));
        }

        if (!response.IsSuccessStatusCode)
        {
            span.SetTag(TelemetryTags.ErrorType, status.ToString(CultureInfo.InvariantCulture));
            span.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>Ends the span of an attempt that threw, marking it failed (unless a failure status already did).</summary>
    public static void Failed(Activity? span, Exception exception, CancellationToken callerToken)
    {
        if (span is null)
        {
            return;
        }

        if (span.Status != ActivityStatusCode.Error)
        {
            // Cancelled while the caller's token was not: the attempt's own timeout cut it.
            span.SetTag(TelemetryTags.ErrorType, exception is OperationCanceledException && !callerToken.IsCancellationRequested ? Timeout : ErrorType(exception));
            span.SetStatus(ActivityStatusCode.Error);
        }

        End(span);
    }

    /// <summary>
    /// Ends <paramref name="span"/>. Ended where it is not current (a stream's span, when the stream is disposed), it leaves
    /// <see cref="Activity.Current"/> as it was instead of restoring what was current when the span started.
    /// </summary>
    public static void End(Activity? span)
    {
        if (span is null)
        {
            return;
        }

        var current = Activity.Current;
        span.Stop();
        if (current != span)
        {
            Activity.Current = current;
        }
    }

    /// <summary>Counts a retry of <paramref name="state"/>'s request after an attempt that failed with <paramref name="reason"/>.</summary>
    public static void Retrying(AttemptState state, string reason, int? status)
    {
        if (!GroqInstruments.Retries.Enabled)
        {
            return;
        }

        var tags = BaseTags(state);
        tags.Add(TelemetryTags.ErrorType, reason);
        if (status is { } code)
        {
            tags.Add(TelemetryTags.HttpStatusCode, code);
        }

        GroqInstruments.Retries.Add(1, tags);
    }

    /// <summary>Records how long <paramref name="state"/>'s request waited for its turn in the rate limiter.</summary>
    public static void WaitedForTurn(AttemptState state, TimeSpan wait)
    {
        if (GroqInstruments.RateLimitWait.Enabled)
        {
            GroqInstruments.RateLimitWait.Record(wait.TotalSeconds, BaseTags(state));
        }
    }

    /// <summary>The <c>error.type</c> of a failed attempt: its status code, <c>timeout</c>, or the exception's type.</summary>
    public static string ErrorType(Exception exception) => exception switch
    {
        TimeoutRejectedException => Timeout,
        OperationCanceledException => "cancelled",
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    private static TagList BaseTags(AttemptState state) => TelemetryTags.Of(state.Operation, state.Model);
}
