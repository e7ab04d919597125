using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// groq-sdk 1.6.0's <c>files</c> and <c>batches</c> resources against the emulator (<see cref="BatchConformanceCases"/>):
/// what groq-sdk read at each step, and the requests it sent as the emulator recorded them.
/// </summary>
public sealed partial class OfficialClientConformanceTests
{
    [Fact]
    public void Groq_sdk_uploads_a_jsonl_file_then_lists_describes_and_downloads_it()
    {
        sdk.SkipIfUnavailable();
        var file = Ok("files-create");
        var id = file.GetProperty("id").GetString();

        id.Should().MatchRegex("^file_01[0-9a-z]{24}$");
        file.GetProperty("bytes").GetInt64().Should().Be(Encoding.UTF8.GetByteCount(BatchConformanceCases.Input));
        file.GetProperty("filename").GetString().Should().Be("requests.jsonl");
        file.GetProperty("purpose").GetString().Should().Be("batch");
        Ok("files-list").GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Contain(id);
        Ok("files-info").GetProperty("id").GetString().Should().Be(id);
        Ok("files-content").GetProperty("text").GetString().Should().Be(BatchConformanceCases.Input);
        Ok("files-content").GetProperty("contentType").GetString().Should().Be("application/octet-stream");

        var upload = sdk.Request("files-create");
        upload.Path.Should().Be("/openai/v1/files");
        upload.ContentType.Should().StartWith("multipart/form-data");
        upload.Form.Should().ContainKey("purpose").WhoseValue.Should().Equal("batch");
        var part = upload.Files.Should().ContainSingle().Subject;
        (part.Name, part.FileName, part.Length).Should().Be(("file", "requests.jsonl", Encoding.UTF8.GetByteCount(BatchConformanceCases.Input)));
        sdk.Request("files-content").Headers["accept"].Should().Be("application/octet-stream");
    }

    [Fact]
    public void Groq_sdk_follows_a_batch_to_completed_and_reads_its_output_and_error_files()
    {
        sdk.SkipIfUnavailable();
        var created = Ok("batches-create");
        var fileId = Ok("files-create").GetProperty("id").GetString();

        created.GetProperty("status").GetString().Should().Be("validating");
        created.GetProperty("input_file_id").GetString().Should().Be(fileId);
        created.GetProperty("metadata").GetProperty("suite").GetString().Should().Be("conformance");
        Ok("batches-retrieve").GetProperty("id").GetString().Should().Be(created.GetProperty("id").GetString());
        var done = Ok("batches-wait");
        done.GetProperty("status").GetString().Should().Be("completed");
        var counts = done.GetProperty("request_counts");
        (counts.GetProperty("total").GetInt32(), counts.GetProperty("completed").GetInt32(), counts.GetProperty("failed").GetInt32()).Should().Be((3, 2, 1));

        var output = JsonLines(Ok("batches-output-content"));
        output.Select(l => l.GetProperty("custom_id").GetString()).Should().Equal("greeting", "farewell");
        output.Select(l => l.GetProperty("response").GetProperty("body").GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString())
            .Should().Equal("You asked: Say hello", "You asked: Say goodbye");
        var error = JsonLines(Ok("batches-error-content")).Should().ContainSingle().Subject;
        error.GetProperty("custom_id").GetString().Should().Be("unknown-model");
        error.GetProperty("response").GetProperty("status_code").GetInt32().Should().Be(404);
        error.GetProperty("response").GetProperty("body").GetProperty("error").GetProperty("code").GetString().Should().Be("model_not_found");

        Ok("batches-list").GetProperty("data").EnumerateArray().Select(b => b.GetProperty("id").GetString()).Should().Contain(created.GetProperty("id").GetString());
        var create = sdk.Request("batches-create");
        (create.Method, create.Path).Should().Be(("POST", "/openai/v1/batches"));
        JsonSerializer.Serialize(create.Json).Should().Be(
            $$$"""{"input_file_id":"{{{fileId}}}","endpoint":"/v1/chat/completions","completion_window":"24h","metadata":{"suite":"conformance"}}""",
            "groq-sdk sends the params as they are");
    }

    [Fact]
    public void Groq_sdk_cancels_a_running_batch_which_then_ends_cancelled()
    {
        sdk.SkipIfUnavailable();
        var batchId = Ok("batches-create-to-cancel").GetProperty("id").GetString();

        var cancelling = Ok("batches-cancel");
        var cancelled = Ok("batches-wait-cancelled");

        cancelling.GetProperty("id").GetString().Should().Be(batchId);
        cancelling.GetProperty("status").GetString().Should().Be("cancelling");
        cancelled.GetProperty("status").GetString().Should().Be("cancelled");
        var counts = cancelled.GetProperty("request_counts");
        (counts.GetProperty("completed").GetInt32() + counts.GetProperty("failed").GetInt32()).Should().Be(500);
        counts.GetProperty("failed").GetInt32().Should().BePositive("the lines not run before the cancel go to the error file");
        var cancel = sdk.Request("batches-cancel");
        (cancel.Method, cancel.Path).Should().Be(("POST", $"/openai/v1/batches/{batchId}/cancel"));
    }

    [Fact]
    public void Groq_sdk_deletes_a_file_and_is_then_told_it_is_gone()
    {
        sdk.SkipIfUnavailable();
        var fileId = Ok("files-create").GetProperty("id").GetString();

        var deleted = Ok("files-delete");

        deleted.GetProperty("id").GetString().Should().Be(fileId);
        deleted.GetProperty("deleted").GetBoolean().Should().BeTrue();
        (sdk.Request("files-delete").Method, sdk.Request("files-delete").Path).Should().Be(("DELETE", $"/openai/v1/files/{fileId}"));
        sdk.Outcome("error-404-file-deleted").GroqError.GetProperty("message").GetString().Should().Contain(fileId);
        sdk.Outcome("error-409-cancel-completed-batch").GroqError.GetProperty("message").GetString().Should().Be("Cannot cancel a batch with status 'completed'.");
    }

    private JsonElement Ok(string scenario)
    {
        var outcome = sdk.Outcome(scenario);
        outcome.Ok.Should().BeTrue("groq-sdk should read the emulator's answer to {0}: {1}", scenario, outcome);
        return outcome.Result;
    }

    private static List<JsonElement> JsonLines(JsonElement content) =>
        [.. content.GetProperty("text").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
