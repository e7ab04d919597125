using Microsoft.AspNetCore.Http;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// <c>POST /batches</c>, <c>GET /batches</c>, <c>GET /batches/{id}</c> and <c>POST /batches/{id}/cancel</c>. Cancelling
/// follows OpenAI's Batch API, which Groq's mirrors: a <c>validating</c> or <c>in_progress</c> batch answers
/// <c>cancelling</c> and becomes <c>cancelled</c> at the worker's next step; cancelling again is harmless; a batch that
/// is <c>finalizing</c> or already ended (<c>completed</c>, <c>failed</c>, <c>expired</c>) is refused with 409.
/// </summary>
internal static class BatchesEndpoint
{
    public static Task CreateAsync(HttpContext context)
    {
        var exchange = context.Exchange();
        BatchCreateRequest request;
        try
        {
            request = BatchCreateValidator.Validate(exchange.Recorded.Json, exchange.State.Files);
        }
        catch (GroqErrorException invalid)
        {
            return ResponseWriter.WriteErrorAsync(context, invalid.Error);
        }

        var job = exchange.State.Batches.Start(request.InputFile, request.CompletionWindow, request.Window, request.Metadata, exchange.State);
        return WriteAsync(context, job);
    }

    public static Task ListAsync(HttpContext context)
    {
        var jobs = context.Exchange().State.Batches.All();
        var body = EmulatorJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("object", "list");
            writer.WriteStartArray("data");
            foreach (var job in jobs)
            {
                job.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return ResponseWriter.WriteAsync(context, 200, "application/json", body);
    }

    public static Task GetAsync(HttpContext context) =>
        Find(context) is { } job ? WriteAsync(context, job) : NotFoundAsync(context);

    public static Task CancelAsync(HttpContext context)
    {
        if (Find(context) is not { } job)
        {
            return NotFoundAsync(context);
        }

        return job.RequestCancel() is { } refusedBy
            ? ResponseWriter.WriteErrorAsync(context, new GroqError(409, $"Cannot cancel a batch with status '{refusedBy}'."))
            : WriteAsync(context, job);
    }

    private static Task WriteAsync(HttpContext context, BatchJob job) =>
        ResponseWriter.WriteAsync(context, 200, "application/json", EmulatorJson.Write(job.WriteTo));

    private static BatchJob? Find(HttpContext context) => context.Exchange().State.Batches.Find(Id(context));

    private static string Id(HttpContext context) => context.Request.RouteValues["id"] as string ?? string.Empty;

    private static Task NotFoundAsync(HttpContext context) =>
        ResponseWriter.WriteErrorAsync(context, new GroqError(404, $"Batch with id `{Id(context)}` not found.", Code: "not_found"));
}
