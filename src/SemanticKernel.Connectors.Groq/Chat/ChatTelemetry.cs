using System.Diagnostics;
using SemanticKernel.Connectors.Groq.Core;
using SemanticKernel.Connectors.Groq.Core.Telemetry;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// What a chat answer adds to the telemetry: Groq's own timings (<c>usage.queue_time</c>, <c>prompt_time</c>,
/// <c>completion_time</c>) and generation speed as measurements and on the attempt's span, and a stream's time to first token.
/// Token counts and the call's duration are left to Microsoft.Extensions.AI's <c>UseOpenTelemetry()</c>, which records them
/// (on Semantic Kernel's path, which has none, <see cref="Diagnostics.KernelModelDiagnostics"/> records the tokens).
/// </summary>
internal static class ChatTelemetry
{
    /// <summary>Records <paramref name="usage"/>'s timings of the answer in <paramref name="response"/>, if anyone listens.</summary>
    public static void RecordUsage(GroqHttpResponse response, WireUsage usage, string requestModel, string? responseModel, string? serviceTier)
    {
        if (response.Span is { IsAllDataRequested: true } span)
        {
            SetSeconds(span, TelemetryTags.QueueTime, usage.QueueTime);
            SetSeconds(span, TelemetryTags.PromptTime, usage.PromptTime);
            SetSeconds(span, TelemetryTags.CompletionTime, usage.CompletionTime);
            if (serviceTier is not null)
            {
                span.SetTag(TelemetryTags.ServiceTier, serviceTier);
            }
        }

        if (!GroqInstruments.QueueTime.Enabled && !GroqInstruments.PromptTime.Enabled && !GroqInstruments.CompletionTime.Enabled
            && !GroqInstruments.OutputTokensPerSecond.Enabled)
        {
            return;
        }

        var tags = Tags(requestModel, responseModel, serviceTier);
        Record(GroqInstruments.QueueTime, usage.QueueTime, tags);
        Record(GroqInstruments.PromptTime, usage.PromptTime, tags);
        Record(GroqInstruments.CompletionTime, usage.CompletionTime, tags);
        if (usage is { CompletionTokens: > 0 and var tokens, CompletionTime: > 0 and var seconds } && double.IsFinite(seconds))
        {
            Record(GroqInstruments.OutputTokensPerSecond, tokens / seconds, tags);
        }
    }

    /// <summary>Whether a streamed chunk carries output: the first such chunk is the stream's first token.</summary>
    public static bool CarriesOutput(StreamChunk chunk) =>
        chunk.Content is { Length: > 0 } || chunk.Reasoning is { Length: > 0 } || chunk.ToolCalls is { Count: > 0 } || chunk.ExecutedTools is { Count: > 0 };

    /// <summary>Records the time from sending the streaming request in <paramref name="response"/> to its first token.</summary>
    public static void RecordFirstToken(GroqHttpResponse response, string requestModel, string? responseModel)
    {
        if (response.SentAt == 0)
        {
            return;
        }

        double seconds = Stopwatch.GetElapsedTime(response.SentAt).TotalSeconds;
        if (response.Span is { IsAllDataRequested: true } span)
        {
            span.SetTag(TelemetryTags.TimeToFirstToken, seconds);
        }

        if (GroqInstruments.TimeToFirstToken.Enabled)
        {
            GroqInstruments.TimeToFirstToken.Record(seconds, Tags(requestModel, responseModel, serviceTier: null));
        }
    }

    private static TagList Tags(string requestModel, string? responseModel, string? serviceTier)
    {
        var tags = TelemetryTags.Of(OperationNames.Chat, requestModel, responseModel);
        if (serviceTier is not null)
        {
            tags.Add(TelemetryTags.ServiceTier, serviceTier);
        }

        return tags;
    }

    private static void Record(System.Diagnostics.Metrics.Histogram<double> histogram, double? value, in TagList tags)
    {
        if (value is { } v && double.IsFinite(v) && v >= 0)
        {
            histogram.Record(v, tags);
        }
    }

    private static void SetSeconds(Activity span, string name, double? seconds)
    {
        if (seconds is { } value && double.IsFinite(value))
        {
            span.SetTag(name, value);
        }
    }
}
