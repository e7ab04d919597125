using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Core.Telemetry;

namespace SemanticKernel.Connectors.Groq.Chat.Diagnostics;

/// <summary>
/// The <c>gen_ai</c> chat span Semantic Kernel's own connectors make for each request when SK's diagnostics switch is on:
/// same source, name, kind and tags, so a trace through <see cref="GroqChatCompletionService"/> reads like one through SK's
/// OpenAI connector. The connector's <c>groq.attempt</c> spans nest under it.
/// </summary>
internal static class KernelChatSpan
{
    /// <summary>The name of Semantic Kernel's model diagnostics <see cref="ActivitySource"/>.</summary>
    public const string SourceName = "Microsoft.SemanticKernel.Diagnostics";

    public const string System = "gen_ai.system";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string MaxTokens = "gen_ai.request.max_tokens";
    public const string Temperature = "gen_ai.request.temperature";
    public const string TopP = "gen_ai.request.top_p";
    public const string ResponseId = "gen_ai.response.id";
    public const string FinishReason = "gen_ai.response.finish_reason";
    public const string InputTokens = "gen_ai.usage.input_tokens";
    public const string OutputTokens = "gen_ai.usage.output_tokens";

    /// <summary>SK's spans carry no version: the source is shared by name with SK's own, which has none.</summary>
    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the span of one request for <paramref name="history"/>, or returns <see langword="null"/> when it is not sampled.</summary>
    public static Activity? Start(KernelCall call, ChatHistory history, string? serverAddress, int serverPort, bool sensitive)
    {
        var span = Source.StartActivity(
            OperationNames.Chat + " " + call.ModelId,
            ActivityKind.Client,
            default(ActivityContext),
            [
                new(TelemetryTags.OperationName, OperationNames.Chat),
                new(System, TelemetryTags.Groq),
                new(TelemetryTags.RequestModel, call.ModelId),
            ]);
        if (span is not { IsAllDataRequested: true })
        {
            return span;
        }

        span.SetTag(TelemetryTags.ProviderName, TelemetryTags.Groq);
        if (serverAddress is not null)
        {
            span.SetTag(ServerAddress, serverAddress);
            span.SetTag(ServerPort, serverPort);
        }

        var settings = call.Settings;
        if (settings.MaxTokens is { } maxTokens)
        {
            span.SetTag(MaxTokens, maxTokens);
        }

        if (settings.Temperature is { } temperature)
        {
            span.SetTag(Temperature, (double)temperature);
        }

        if (settings.TopP is { } topP)
        {
            span.SetTag(TopP, (double)topP);
        }

        if (sensitive)
        {
            foreach (var message in history)
            {
                span.AddEvent(new ActivityEvent(KernelChatEvents.EventName(message.Role), tags: new ActivityTagsCollection
                {
                    [KernelChatEvents.Content] = KernelChatEvents.Message(message),
                    [System] = TelemetryTags.Groq,
                }));
            }
        }

        return span;
    }

    /// <summary>
    /// Records an answer: its id, finish reason (as SK writes them, e.g. <c>["Stop"]</c>, <c>N/A</c> when none came) and
    /// token counts, and (sensitive) the answer itself as a <c>gen_ai.choice</c> event.
    /// </summary>
    public static void Answered(Activity span, string? responseId, string? finishReason, UsageDetails? usage, ChatMessageContent? choice)
    {
        if (!span.IsAllDataRequested)
        {
            return;
        }

        if (usage?.InputTokenCount is { } input)
        {
            span.SetTag(InputTokens, (int)Math.Min(input, int.MaxValue));
        }

        if (usage?.OutputTokenCount is { } output)
        {
            span.SetTag(OutputTokens, (int)Math.Min(output, int.MaxValue));
        }

        span.SetTag(FinishReason, string.Create(CultureInfo.InvariantCulture, $"[\"{(string.IsNullOrEmpty(finishReason) ? "N/A" : finishReason)}\"]"));
        if (!string.IsNullOrEmpty(responseId))
        {
            span.SetTag(ResponseId, responseId);
        }

        if (choice is not null)
        {
            span.AddEvent(new ActivityEvent(KernelChatEvents.ChoiceEvent, tags: new ActivityTagsCollection
            {
                [KernelChatEvents.Content] = KernelChatEvents.Choice(choice, 0),
            }));
        }
    }

    /// <summary>Marks the span failed as SK does: <c>error.type</c> the exception's type, the status its message.</summary>
    public static void Failed(Activity span, Exception exception)
    {
        span.SetTag(TelemetryTags.ErrorType, exception.GetType().FullName);
        span.SetStatus(ActivityStatusCode.Error, exception.Message);
    }
}
