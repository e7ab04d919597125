using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// groq-sdk does not validate answers at run time: it hands the parsed JSON to its caller typed as its TypeScript
/// interfaces. These checks hold what groq-sdk returned against the members those interfaces declare required
/// (groq-sdk 1.6.0, <c>resources/chat/completions.ts</c>, <c>completions.ts</c>, <c>audio/*.ts</c>, <c>models.ts</c>,
/// <c>files.ts</c>, <c>batches.ts</c>; the file object's members are all optional there, so only their types are held), so a
/// missing or mistyped member fails here rather than in a TypeScript caller. Each problem names its JSON path.
/// </summary>
internal static class SdkResponseShapes
{
    private static readonly string[] FinishReasons = ["stop", "length", "tool_calls", "function_call"];
    private static readonly string[] BatchStatuses = ["validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"];
    private static readonly string[] FilePurposes = ["batch", "batch_output"];

    public static List<string> Problems(SdkCall call, SdkOutcome outcome)
    {
        var problems = new List<string>();
        switch (call.Call)
        {
            case "chat" when call.IsStream:
                int i = 0;
                foreach (var chunk in outcome.Chunks.EnumerateArray())
                {
                    Chunk(chunk, $"chunks[{i++}]", problems);
                }

                break;
            case "chat":
                Completion(outcome.Result, "$", problems);
                break;
            case "transcriptions" or "translations" when outcome.Result.ValueKind != JsonValueKind.String:
                Require(outcome.Result, "text", JsonValueKind.String, "$", problems);
                break;
            case "models.list":
                Constant(outcome.Result, "object", "list", "$", problems);
                foreach (var model in Items(outcome.Result, "data", "$", problems))
                {
                    Model(model, "$.data[]", problems);
                }

                break;
            case "models.retrieve":
                Model(outcome.Result, "$", problems);
                break;
            case "files.create" or "files.info":
                File(outcome.Result, "$", problems);
                break;
            case "files.list":
                Constant(outcome.Result, "object", "list", "$", problems);
                foreach (var file in Items(outcome.Result, "data", "$", problems))
                {
                    File(file, "$.data[]", problems);
                }

                break;
            case "files.content":
                // groq-sdk hands back the fetch Response; run-scenarios.mjs reports its content type and text.
                Require(outcome.Result, "contentType", JsonValueKind.String, "$", problems);
                Require(outcome.Result, "text", JsonValueKind.String, "$", problems);
                break;
            case "files.delete":
                Require(outcome.Result, "id", JsonValueKind.String, "$", problems);
                Require(outcome.Result, "deleted", JsonValueKind.True, "$", problems, JsonValueKind.False);
                Constant(outcome.Result, "object", "file", "$", problems);
                break;
            case "batches.create" or "batches.retrieve" or "batches.cancel" or "batches.wait":
                Batch(outcome.Result, "$", problems);
                break;
            case "batches.list":
                Constant(outcome.Result, "object", "list", "$", problems);
                foreach (var batch in Items(outcome.Result, "data", "$", problems))
                {
                    Batch(batch, "$.data[]", problems);
                }

                break;
        }

        return problems;
    }

    private static void Completion(JsonElement completion, string path, List<string> problems)
    {
        Require(completion, "id", JsonValueKind.String, path, problems);
        Require(completion, "created", JsonValueKind.Number, path, problems);
        Require(completion, "model", JsonValueKind.String, path, problems);
        Constant(completion, "object", "chat.completion", path, problems);
        foreach (var choice in Items(completion, "choices", path, problems))
        {
            string at = $"{path}.choices[]";
            Require(choice, "index", JsonValueKind.Number, at, problems);
            OneOf(choice, "finish_reason", FinishReasons, at, problems);
            Require(choice, "logprobs", JsonValueKind.Null, at, problems, JsonValueKind.Object);
            var message = Require(choice, "message", JsonValueKind.Object, at, problems);
            Constant(message, "role", "assistant", $"{at}.message", problems);
            // groq-sdk types content as required (string | null), but Groq itself leaves it out of tool-call-only
            // answers (the recorded groq-tool-call.json), and so does the emulator: only its type is checked.
            if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("content", out _))
            {
                Require(message, "content", JsonValueKind.String, $"{at}.message", problems, JsonValueKind.Null);
            }
            BuiltInTools(message, $"{at}.message", problems);
            foreach (var toolCall in Items(message, "tool_calls", $"{at}.message", problems, optional: true))
            {
                Require(toolCall, "id", JsonValueKind.String, $"{at}.message.tool_calls[]", problems);
                Constant(toolCall, "type", "function", $"{at}.message.tool_calls[]", problems);
                var function = Require(toolCall, "function", JsonValueKind.Object, $"{at}.message.tool_calls[]", problems);
                Require(function, "name", JsonValueKind.String, $"{at}.message.tool_calls[].function", problems);
                Require(function, "arguments", JsonValueKind.String, $"{at}.message.tool_calls[].function", problems);
            }
        }

        Usage(completion, "usage", path, problems);
        if (completion.TryGetProperty("x_groq", out var xGroq))
        {
            Require(xGroq, "id", JsonValueKind.String, $"{path}.x_groq", problems);
        }
    }

    private static void Chunk(JsonElement chunk, string path, List<string> problems)
    {
        Require(chunk, "id", JsonValueKind.String, path, problems);
        Require(chunk, "created", JsonValueKind.Number, path, problems);
        Require(chunk, "model", JsonValueKind.String, path, problems);
        Constant(chunk, "object", "chat.completion.chunk", path, problems);
        foreach (var choice in Items(chunk, "choices", path, problems))
        {
            string at = $"{path}.choices[]";
            Require(choice, "index", JsonValueKind.Number, at, problems);
            Require(choice, "delta", JsonValueKind.Object, at, problems);
            if (Require(choice, "finish_reason", JsonValueKind.Null, at, problems, JsonValueKind.String).ValueKind == JsonValueKind.String)
            {
                OneOf(choice, "finish_reason", FinishReasons, at, problems);
            }

            if (choice.TryGetProperty("delta", out var delta))
            {
                BuiltInTools(delta, $"{at}.delta", problems);
                foreach (var toolCall in Items(delta, "tool_calls", $"{at}.delta", problems, optional: true))
                {
                    Require(toolCall, "index", JsonValueKind.Number, $"{at}.delta.tool_calls[]", problems);
                }
            }
        }

        if (chunk.TryGetProperty("x_groq", out var xGroq))
        {
            Usage(xGroq, "usage", $"{path}.x_groq", problems);
        }
    }

    /// <summary><c>ExecutedTool</c> (<c>arguments</c>, <c>index</c>, <c>type</c>) and <c>Annotation</c> of a message or delta.</summary>
    private static void BuiltInTools(JsonElement message, string path, List<string> problems)
    {
        foreach (var tool in Items(message, "executed_tools", path, problems, optional: true))
        {
            string at = $"{path}.executed_tools[]";
            Require(tool, "arguments", JsonValueKind.String, at, problems);
            Require(tool, "index", JsonValueKind.Number, at, problems);
            Require(tool, "type", JsonValueKind.String, at, problems);
            foreach (var page in Items(tool, "browser_results", at, problems, optional: true))
            {
                Require(page, "title", JsonValueKind.String, $"{at}.browser_results[]", problems);
                Require(page, "url", JsonValueKind.String, $"{at}.browser_results[]", problems);
            }
        }

        foreach (var annotation in Items(message, "annotations", path, problems, optional: true))
        {
            string at = $"{path}.annotations[]";
            OneOf(annotation, "type", ["document_citation", "function_citation"], at, problems);
            if (annotation.TryGetProperty("document_citation", out var document))
            {
                Require(document, "document_id", JsonValueKind.String, $"{at}.document_citation", problems);
                Require(document, "start_index", JsonValueKind.Number, $"{at}.document_citation", problems);
                Require(document, "end_index", JsonValueKind.Number, $"{at}.document_citation", problems);
            }
        }
    }

    private static void Usage(JsonElement parent, string name, string path, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var usage) || usage.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        string at = $"{path}.{name}";
        foreach (string count in new[] { "prompt_tokens", "completion_tokens", "total_tokens" })
        {
            Require(usage, count, JsonValueKind.Number, at, problems);
        }

        if (usage.TryGetProperty("completion_tokens_details", out var completion) && completion.ValueKind == JsonValueKind.Object)
        {
            Require(completion, "reasoning_tokens", JsonValueKind.Number, $"{at}.completion_tokens_details", problems);
        }

        if (usage.TryGetProperty("prompt_tokens_details", out var prompt) && prompt.ValueKind == JsonValueKind.Object)
        {
            Require(prompt, "cached_tokens", JsonValueKind.Number, $"{at}.prompt_tokens_details", problems);
        }
    }

    private static void Model(JsonElement model, string path, List<string> problems)
    {
        Require(model, "id", JsonValueKind.String, path, problems);
        Require(model, "created", JsonValueKind.Number, path, problems);
        Require(model, "owned_by", JsonValueKind.String, path, problems);
        Constant(model, "object", "model", path, problems);
    }

    private static void File(JsonElement file, string path, List<string> problems)
    {
        Optional(file, "id", JsonValueKind.String, path, problems);
        Optional(file, "bytes", JsonValueKind.Number, path, problems);
        Optional(file, "created_at", JsonValueKind.Number, path, problems);
        Optional(file, "filename", JsonValueKind.String, path, problems);
        if (Optional(file, "object", JsonValueKind.String, path, problems))
        {
            Constant(file, "object", "file", path, problems);
        }

        if (Optional(file, "purpose", JsonValueKind.String, path, problems))
        {
            OneOf(file, "purpose", FilePurposes, path, problems);
        }
    }

    private static void Batch(JsonElement batch, string path, List<string> problems)
    {
        Require(batch, "id", JsonValueKind.String, path, problems);
        Require(batch, "completion_window", JsonValueKind.String, path, problems);
        Require(batch, "created_at", JsonValueKind.Number, path, problems);
        Require(batch, "endpoint", JsonValueKind.String, path, problems);
        Require(batch, "input_file_id", JsonValueKind.String, path, problems);
        Constant(batch, "object", "batch", path, problems);
        OneOf(batch, "status", BatchStatuses, path, problems);
        if (batch.TryGetProperty("request_counts", out var counts) && counts.ValueKind != JsonValueKind.Null)
        {
            foreach (string count in new[] { "total", "completed", "failed" })
            {
                Require(counts, count, JsonValueKind.Number, $"{path}.request_counts", problems);
            }
        }

        if (batch.TryGetProperty("errors", out var errors) && errors.ValueKind != JsonValueKind.Null)
        {
            foreach (var error in Items(errors, "data", $"{path}.errors", problems, optional: true))
            {
                Optional(error, "code", JsonValueKind.String, $"{path}.errors.data[]", problems);
                Optional(error, "message", JsonValueKind.String, $"{path}.errors.data[]", problems);
            }
        }
    }

    /// <summary>Holds the type of a member the interface declares optional; true when it is present and not null.</summary>
    private static bool Optional(JsonElement parent, string name, JsonValueKind kind, string path, List<string> problems)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind != kind)
        {
            problems.Add($"{path}.{name} is {value.ValueKind}, groq-sdk declares {kind}");
            return false;
        }

        return true;
    }

    private static JsonElement Require(
        JsonElement parent, string name, JsonValueKind kind, string path, List<string> problems, JsonValueKind? orKind = null)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            problems.Add($"{path}.{name} is missing (groq-sdk declares it required)");
            return default;
        }

        if (value.ValueKind != kind && value.ValueKind != orKind)
        {
            problems.Add($"{path}.{name} is {value.ValueKind}, groq-sdk declares {kind}{(orKind is null ? "" : $" or {orKind}")}");
        }

        return value;
    }

    private static void Constant(JsonElement parent, string name, string expected, string path, List<string> problems) =>
        OneOf(parent, name, [expected], path, problems);

    private static void OneOf(JsonElement parent, string name, string[] allowed, string path, List<string> problems)
    {
        var value = Require(parent, name, JsonValueKind.String, path, problems);
        if (value.ValueKind == JsonValueKind.String && !allowed.Contains(value.GetString()))
        {
            problems.Add($"{path}.{name} is '{value.GetString()}', groq-sdk declares one of {string.Join(", ", allowed)}");
        }
    }

    private static List<JsonElement> Items(JsonElement parent, string name, string path, List<string> problems, bool optional = false)
    {
        if (optional && (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null))
        {
            return [];
        }

        var items = Require(parent, name, JsonValueKind.Array, path, problems);
        return items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().ToList() : [];
    }
}
