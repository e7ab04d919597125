using System.Text;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// groq-sdk's <c>files</c> and <c>batches</c> resources against the emulator, in order, each scenario using ids from
/// earlier ones (<c>$ref:</c> in run-scenarios.mjs): upload a JSONL file, list, describe and download it, start a batch,
/// follow it to <c>completed</c> and download its output and error files, list batches, cancel a second batch, delete the
/// file; then the errors groq-sdk must raise as its own classes (unknown file and batch, a finished batch cancelled, a
/// refused completion window and purpose). Batch lines never consume scripted responses, so these run after the
/// scripted parsing scenarios without disturbing them.
/// </summary>
internal static class BatchConformanceCases
{
    /// <summary>Lines 1 and 2 are answered; line 3 names a model Groq does not have, so it lands in the error file.</summary>
    public static readonly string Input = string.Join('\n',
        Line("greeting", ChatConformanceCases.Llama, "Say hello"),
        Line("farewell", ChatConformanceCases.Llama, "Say goodbye"),
        Line("unknown-model", "no-such-model", "Say anything")) + "\n";

    /// <summary>500 lines: at 100 lines per step the batch stays cancellable long enough for the cancel scenario.</summary>
    public static readonly string LongInput = string.Concat(Enumerable.Range(1, 500).Select(i => Line("long-" + i, ChatConformanceCases.Llama, "Count " + i) + "\n"));

    public static IEnumerable<ParsingCase> All()
    {
        yield return new(new SdkCall("files-create", "files.create", """{"purpose":"batch"}""", Jsonl(Input, "requests.jsonl")));
        yield return new(new SdkCall("files-list", "files.list"));
        yield return new(new SdkCall("files-info", "files.info", """{"file_id":"$ref:files-create.id"}"""));
        yield return new(new SdkCall("files-content", "files.content", """{"file_id":"$ref:files-create.id"}"""));
        yield return new(new SdkCall("batches-create", "batches.create",
            """{"input_file_id":"$ref:files-create.id","endpoint":"/v1/chat/completions","completion_window":"24h","metadata":{"suite":"conformance"}}"""));
        yield return new(new SdkCall("batches-retrieve", "batches.retrieve", """{"batch_id":"$ref:batches-create.id"}"""));
        yield return new(new SdkCall("batches-wait", "batches.wait", """{"batch_id":"$ref:batches-create.id"}"""));
        yield return new(new SdkCall("batches-output-content", "files.content", """{"file_id":"$ref:batches-wait.output_file_id"}"""));
        yield return new(new SdkCall("batches-error-content", "files.content", """{"file_id":"$ref:batches-wait.error_file_id"}"""));
        yield return new(new SdkCall("batches-list", "batches.list"));
        yield return new(new SdkCall("files-create-long", "files.create", """{"purpose":"batch"}""", Jsonl(LongInput, "long.jsonl")));
        yield return new(new SdkCall("batches-create-to-cancel", "batches.create",
            """{"input_file_id":"$ref:files-create-long.id","endpoint":"/v1/chat/completions","completion_window":"7d"}"""));
        yield return new(new SdkCall("batches-cancel", "batches.cancel", """{"batch_id":"$ref:batches-create-to-cancel.id"}"""));
        yield return new(new SdkCall("batches-wait-cancelled", "batches.wait", """{"batch_id":"$ref:batches-create-to-cancel.id"}"""));
        yield return new(new SdkCall("files-delete", "files.delete", """{"file_id":"$ref:files-create.id"}"""));

        yield return new(new SdkCall("error-404-file-deleted", "files.info", """{"file_id":"$ref:files-create.id"}"""),
            ErrorClass: "NotFoundError", Status: 404, Code: "not_found");
        yield return new(new SdkCall("error-404-batch-not-found", "batches.retrieve", """{"batch_id":"batch_01nosuchbatch000000000000"}"""),
            ErrorClass: "NotFoundError", Status: 404, Code: "not_found");
        yield return new(new SdkCall("error-409-cancel-completed-batch", "batches.cancel", """{"batch_id":"$ref:batches-create.id"}"""),
            ErrorClass: "ConflictError", Status: 409);
        yield return new(new SdkCall("error-400-batch-completion-window", "batches.create",
                """{"input_file_id":"$ref:files-create-long.id","endpoint":"/v1/chat/completions","completion_window":"1h"}"""),
            ErrorClass: "BadRequestError", Status: 400, Param: "completion_window");
        yield return new(new SdkCall("error-400-file-purpose", "files.create", """{"purpose":"fine-tune"}""", Jsonl(Input, "requests.jsonl")),
            ErrorClass: "BadRequestError", Status: 400, Param: "purpose");
    }

    private static string Line(string customId, string model, string question) =>
        $$$"""{"custom_id":"{{{customId}}}","method":"POST","url":"/v1/chat/completions","body":{"model":"{{{model}}}","messages":[{"role":"user","content":"{{{question}}}"}]}}""";

    private static SdkFile Jsonl(string text, string name) => new(Encoding.UTF8.GetBytes(text), name, "application/jsonl");
}
