using System.Collections.Frozen;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// Validates a batch input file as a whole (pure): every non-blank line one JSON object with exactly <c>custom_id</c>
/// (a non-empty string, unique in the file), <c>method</c> <c>POST</c>, <c>url</c> <c>/v1/chat/completions</c> and an object
/// <c>body</c>, and at most 50,000 of them. Whether each body is a valid chat request is decided later, line by line, by the
/// chat engine. Blank lines are skipped but counted, so error line numbers are those an editor shows.
/// </summary>
internal static class BatchInputParser
{
    private const string InvalidRequest = "invalid_request";
    private static readonly FrozenSet<string> Keys = FrozenSet.Create(StringComparer.Ordinal, "custom_id", "method", "url", "body");

    public static BatchInput Parse(ReadOnlyMemory<byte> content)
    {
        var lines = new List<BatchInputLine>();
        var errors = new List<BatchValidationError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rest = content;
        var number = 0;
        while (!rest.IsEmpty && errors.Count < BatchLimits.MaxReportedErrors)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            number++;
            if (IsBlank(line.Span))
            {
                continue;
            }

            if (lines.Count + errors.Count >= BatchLimits.MaxLines)
            {
                errors.Add(new(InvalidRequest, $"The input file holds more than {BatchLimits.MaxLines} requests, the most a batch accepts.", null, number));
                break;
            }

            if (Read(line, number, errors) is not { } request)
            {
                continue;
            }

            if (!seen.Add(request.CustomId))
            {
                errors.Add(new("duplicate_custom_id", $"The custom_id '{request.CustomId}' is used by more than one request; each custom_id must be unique.", "custom_id", number));
                continue;
            }

            lines.Add(request);
        }

        if (lines.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(InvalidRequest, "The input file contains no requests.", null, null));
        }

        return new BatchInput(lines, errors);
    }

    private static BatchInputLine? Read(ReadOnlyMemory<byte> line, int number, List<BatchValidationError> errors)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            errors.Add(new(InvalidRequest, "The line is not valid JSON.", null, number));
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(InvalidRequest, "Each line must be a JSON object.", null, number));
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!Keys.Contains(property.Name))
            {
                errors.Add(new(InvalidRequest, $"property '{property.Name}' is unsupported", property.Name, number));
                return null;
            }
        }

        if (!root.TryGetProperty("custom_id", out var customId) || customId.ValueKind != JsonValueKind.String || customId.GetString() is not { Length: > 0 } id)
        {
            errors.Add(new(InvalidRequest, "'custom_id' : a non-empty string is required", "custom_id", number));
            return null;
        }

        if (!root.TryGetProperty("method", out var method) || method.ValueKind != JsonValueKind.String || method.GetString() != "POST")
        {
            errors.Add(new(InvalidRequest, "'method' : value must be 'POST'", "method", number));
            return null;
        }

        if (!root.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String || url.GetString() != BatchLimits.ChatEndpoint)
        {
            errors.Add(new(InvalidRequest, $"'url' : value must be '{BatchLimits.ChatEndpoint}', the endpoint of the batch", "url", number));
            return null;
        }

        if (!root.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(InvalidRequest, "'body' : the request body must be a JSON object", "body", number));
            return null;
        }

        return new BatchInputLine(number, id, body);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
