using System.Collections.Frozen;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Chat;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>
/// Validates a <c>POST /batches</c> body as strictly as the rest of the emulator: only <c>input_file_id</c> (a stored file
/// with purpose <c>batch</c>), <c>endpoint</c> (<c>/v1/chat/completions</c>), <c>completion_window</c> (24h to 7d, see
/// <see cref="CompletionWindow"/>) and <c>metadata</c> (null or an object of strings).
/// </summary>
internal static class BatchCreateValidator
{
    private static readonly FrozenSet<string> Keys = FrozenSet.Create(StringComparer.Ordinal, "input_file_id", "endpoint", "completion_window", "metadata");

    /// <exception cref="GroqErrorException">The body is invalid; the exception carries Groq's error.</exception>
    public static BatchCreateRequest Validate(JsonElement? body, FileStore files)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            throw new GroqErrorException(GroqError.BadRequest("We could not parse the JSON body of your request. The API expects a JSON object."));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!Keys.Contains(property.Name))
            {
                throw new GroqErrorException(GroqError.BadRequest($"property '{property.Name}' is unsupported", property.Name));
            }
        }

        var fileId = Required(root, "input_file_id");
        var file = files.Find(fileId)
            ?? throw JsonChecks.Fail("input_file_id", $"the file `{fileId}` does not exist");
        if (file.Purpose != "batch")
        {
            throw JsonChecks.Fail("input_file_id", $"the file `{fileId}` has purpose '{file.Purpose}'; a batch needs a file uploaded with purpose 'batch'");
        }

        var endpoint = Required(root, "endpoint");
        if (endpoint != BatchLimits.ChatEndpoint)
        {
            throw JsonChecks.Fail("endpoint", $"value must be '{BatchLimits.ChatEndpoint}'");
        }

        var completionWindow = Required(root, "completion_window");
        var window = CompletionWindow.Parse(completionWindow)
            ?? throw JsonChecks.Fail("completion_window", $"'{completionWindow}' is not a duration from 24h to 7d");

        return new BatchCreateRequest(file, completionWindow, window, Metadata(root));
    }

    private static string Required(JsonElement root, string name) =>
        JsonChecks.OptionalString(root, name, name) ?? throw JsonChecks.Fail(name, $"property '{name}' is missing");

    private static List<KeyValuePair<string, string>>? Metadata(JsonElement root)
    {
        if (!JsonChecks.TryGet(root, "metadata", out var metadata))
        {
            return null;
        }

        JsonChecks.RequireObject(metadata, "metadata");
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var property in metadata.EnumerateObject())
        {
            pairs.Add(new(property.Name, JsonChecks.RequireString(property.Value, $"metadata.{property.Name}")));
        }

        return pairs;
    }
}
