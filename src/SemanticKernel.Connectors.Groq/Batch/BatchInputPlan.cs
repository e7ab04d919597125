using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Batch;

/// <summary>
/// The first of the two passes over a batch's requests: each is mapped and checked, its line measured and dropped,
/// so the input file's size and line count are known, and every refusal made, before anything is uploaded. The second
/// pass (<see cref="BatchJsonlContent"/>) maps again while it writes to the upload.
/// </summary>
/// <param name="Lines">The number of requests.</param>
/// <param name="Bytes">The size of the JSONL.</param>
internal sealed record BatchInputPlan(int Lines, long Bytes)
{
    /// <summary>Checks every request; the custom ids are held (to find duplicates) until it returns, the lines are not.</summary>
    /// <exception cref="ArgumentException">A request is missing, invalid (named by custom id), duplicated, or the file breaks a Groq limit.</exception>
    public static BatchInputPlan Measure(IEnumerable<GroqBatchRequest> requests, Func<GroqBatchRequest, WireChatRequest> map)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        using var writer = new BatchLineWriter();
        int lines = 0;
        long bytes = 0;
        foreach (var request in requests)
        {
            if (lines == BatchInputLimits.MaxLines)
            {
                throw new ArgumentException(
                    $"A Groq batch holds at most {BatchInputLimits.MaxLines:N0} requests; split the requests into several batches.", nameof(requests));
            }

            string customId = CustomId(request, lines);
            if (!customIds.Add(customId))
            {
                throw new ArgumentException($"Custom id '{customId}' is used by more than one request (again at request #{lines}); custom ids must be unique within a batch.", nameof(requests));
            }

            bytes += writer.Write(customId, Map(request, map)).Length;
            lines++;
            if (bytes > BatchInputLimits.MaxBytes)
            {
                throw new ArgumentException(
                    $"The batch input file would be larger than Groq's limit of {BatchInputLimits.MaxBytes:N0} bytes (reached at custom id '{customId}'); split the requests into several batches.",
                    nameof(requests));
            }
        }

        return lines == 0 ? throw new ArgumentException("A batch needs at least one request.", nameof(requests)) : new BatchInputPlan(lines, bytes);
    }

    /// <summary>Maps one request as the chat client would, naming its custom id if it cannot be sent.</summary>
    public static WireChatRequest Map(GroqBatchRequest request, Func<GroqBatchRequest, WireChatRequest> map)
    {
        try
        {
            return map(request);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or InvalidOperationException)
        {
            throw new ArgumentException($"Batch request '{request.CustomId}' cannot be sent: {ex.Message}", "requests", ex);
        }
    }

    private static string CustomId(GroqBatchRequest? request, int index) =>
        request is null ? throw new ArgumentException($"Request #{index} of the batch is null.", "requests")
        : string.IsNullOrWhiteSpace(request.CustomId) ? throw new ArgumentException($"Request #{index} of the batch has no custom id.", "requests")
        : request.Messages is null ? throw new ArgumentException($"Batch request '{request.CustomId}' has no messages.", "requests")
        : request.CustomId;
}
