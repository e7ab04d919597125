using System.Text;
using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// <c>POST /chat/completions</c>: validates, then answers with an injected fault (when <see cref="GroqEmulatorOptions.Faults"/>
/// draws one), else the next scripted response or the default model, as JSON or as an SSE stream; with
/// <see cref="GroqEmulatorOptions.EnforceRateLimits"/>, a completion the rate limits cannot cover is refused instead.
/// </summary>
internal static class ChatCompletionsEndpoint
{
    private const int ClientClosedRequest = 499;

    public static async Task HandleAsync(HttpContext context)
    {
        var exchange = context.Exchange();
        ChatRequest request;
        try
        {
            request = ChatRequestValidator.Validate(exchange.Recorded.Json, exchange.State);
        }
        catch (GroqErrorException invalid)
        {
            await ResponseWriter.WriteErrorAsync(context, invalid.Error).ConfigureAwait(false);
            return;
        }

        var scripted = exchange.State.Faults?.Next(request.Model) ?? exchange.State.TryDequeue();
        if (scripted is { Delay.Ticks: > 0 })
        {
            try
            {
                await Task.Delay(scripted.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                exchange.Recorded.StatusCode = ClientClosedRequest;
                return;
            }
        }

        await RespondAsync(context, request, scripted, exchange.RequestId).ConfigureAwait(false);
    }

    private static Task RespondAsync(HttpContext context, ChatRequest request, EmulatorResponse? scripted, string requestId)
    {
        IReadOnlyList<KeyValuePair<string, string>> headers = scripted?.Headers ?? [];
        switch (scripted?.Kind)
        {
            case EmulatorResponseKind.Error:
                return ResponseWriter.WriteErrorAsync(context, scripted.ErrorBody!, headers);
            case EmulatorResponseKind.RawBody:
                return ResponseWriter.WriteAsync(context, scripted.StatusCode, scripted.ContentType, Encoding.UTF8.GetBytes(scripted.Body!), 0, headers);
            case EmulatorResponseKind.RawSse:
                return SseWriter.WriteRawAsync(context, scripted.Body!, scripted.CutAfterChunks, headers);
            case EmulatorResponseKind.ConnectionReset:
                context.Abort();
                return Task.CompletedTask;
        }

        CompletionPlan plan;
        try
        {
            plan = scripted is null
                ? DefaultResponder.Respond(request)
                : CompletionPlan.Create(request, scripted.Content, scripted.Reasoning, scripted.Calls, scripted.FinishReason, scripted.Usage);
        }
        catch (GroqErrorException unfinished) when (request.Stream)
        {
            return WriteStreamedRefusalAsync(context, request, unfinished.Error, requestId, headers);
        }
        catch (GroqErrorException unfinished)
        {
            return ResponseWriter.WriteErrorAsync(context, unfinished.Error, headers);
        }

        var exchange = context.Exchange();
        if (exchange.State.Options.EnforceRateLimits)
        {
            var decision = exchange.State.RateLimits.Admit(plan.Usage.TotalTokens);
            exchange.DecidedLimits = decision.Limits;
            if (!decision.Admitted)
            {
                exchange.State.CountRateLimited();
                var (error, limitHeaders) = RateLimitErrors.For(decision, request.Model, plan.Usage.TotalTokens);
                return ResponseWriter.WriteErrorAsync(context, error, [.. limitHeaders, .. headers]);
            }
        }

        if (request.Stream)
        {
            var chunks = ChatStreamRenderer.Chunks(request, plan, requestId);
            return SseWriter.WriteDataAsync(context, chunks, scripted?.CutAfterChunks, plan.Usage.TotalTokens, headers, scripted?.Stall);
        }

        var body = ChatCompletionRenderer.Render(request, plan, requestId);
        return ResponseWriter.WriteAsync(context, 200, "application/json", body, plan.Usage.TotalTokens, headers);
    }

    /// <summary>
    /// A streamed generation found unusable (<c>tool_use_failed</c>) is refused the way Groq refuses it: the stream has
    /// already started (HTTP 200, the opening chunk), so the error arrives as an SSE <c>error</c> event and the stream ends.
    /// </summary>
    private static Task WriteStreamedRefusalAsync(
        HttpContext context, ChatRequest request, GroqError error, string requestId, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var opening = ChatStreamRenderer.Chunks(request, CompletionPlan.Create(request, string.Empty, null, [], "stop", null), requestId)[0];
        var sse = $"data: {opening}\n\nevent: error\ndata: {Encoding.UTF8.GetString(error.ToJson())}\n\n";
        return SseWriter.WriteRawAsync(context, sse, null, headers);
    }
}
