using System.Net;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The emulator's <c>/batches</c>, spoken to with raw HTTP over a socket: Groq's status walk on the compressed clock
/// (<see cref="GroqEmulatorOptions.BatchStepDelay"/>, <see cref="GroqEmulatorOptions.BatchLinesPerStep"/>,
/// <see cref="GroqEmulatorOptions.BatchExpiresAfter"/>), every line answered by the emulator's own chat engine.
/// </summary>
public sealed class EmulatorBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<GroqEmulator> StartAsync(int stepMilliseconds = 40, int linesPerStep = 100, TimeSpan? expiresAfter = null) =>
        GroqEmulator.StartAsync(
            new GroqEmulatorOptions { BatchStepDelay = TimeSpan.FromMilliseconds(stepMilliseconds), BatchLinesPerStep = linesPerStep, BatchExpiresAfter = expiresAfter },
            Ct);

    [Fact]
    public async Task A_batch_walks_to_completed_and_every_line_is_answered_by_the_chat_engine()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 100, linesPerStep: 1);
        using var http = new BatchHttp(emulator);
        var fileId = await http.UploadIdAsync(BatchHttp.Lines(BatchHttp.Line("q-1", "one"), BatchHttp.Line("q-2", "two"), BatchHttp.Line("q-3", "three")));

        var (status, created) = await http.CreateAsync(fileId, "24h", """{"run":"nightly"}""");
        var seen = await http.PollAsync(created.GetProperty("id").GetString()!, Ct);

        status.Should().Be(HttpStatusCode.OK);
        created.GetProperty("id").GetString().Should().MatchRegex("^batch_01[0-9a-z]{24}$");
        created.GetProperty("object").GetString().Should().Be("batch");
        created.GetProperty("status").GetString().Should().Be("validating");
        created.GetProperty("endpoint").GetString().Should().Be("/v1/chat/completions");
        created.GetProperty("input_file_id").GetString().Should().Be(fileId);
        created.GetProperty("completion_window").GetString().Should().Be("24h");
        created.GetProperty("expires_at").GetInt64().Should().Be(created.GetProperty("created_at").GetInt64() + 86_400);
        created.GetProperty("metadata").GetProperty("run").GetString().Should().Be("nightly");
        created.GetProperty("errors").ValueKind.Should().Be(JsonValueKind.Null);
        var statuses = seen.Select(b => b.GetProperty("status").GetString()).Distinct().ToList();
        statuses.Should().ContainInOrder("in_progress", "finalizing", "completed");
        statuses.Should().OnlyContain(s => s == "validating" || s == "in_progress" || s == "finalizing" || s == "completed");
        var completedCounts = seen.Select(b => b.GetProperty("request_counts").GetProperty("completed").GetInt32()).ToList();
        completedCounts.Should().BeInAscendingOrder();
        completedCounts.Should().Contain(c => c > 0 && c < 3, "one line is answered per step, so polling sees the count grow");

        var done = seen[^1];
        done.GetProperty("request_counts").GetProperty("total").GetInt32().Should().Be(3);
        done.GetProperty("request_counts").GetProperty("completed").GetInt32().Should().Be(3);
        done.GetProperty("request_counts").GetProperty("failed").GetInt32().Should().Be(0);
        foreach (var stamp in new[] { "in_progress_at", "finalizing_at", "completed_at" })
        {
            done.GetProperty(stamp).GetInt64().Should().BeGreaterThanOrEqualTo(done.GetProperty("created_at").GetInt64(), stamp);
        }

        foreach (var stamp in new[] { "failed_at", "expired_at", "cancelling_at", "cancelled_at" })
        {
            done.GetProperty(stamp).ValueKind.Should().Be(JsonValueKind.Null, stamp);
        }

        done.GetProperty("error_file_id").ValueKind.Should().Be(JsonValueKind.Null, "no line failed");
        var outputId = done.GetProperty("output_file_id").GetString()!;
        var (_, outputFile) = await http.GetAsync("files/" + outputId);
        outputFile.GetProperty("purpose").GetString().Should().Be("batch_output");
        var lines = await http.LinesAsync(outputId);
        lines.Select(l => l.GetProperty("custom_id").GetString()).Should().Equal("q-1", "q-2", "q-3");
        foreach (var (line, question) in lines.Zip(new[] { "one", "two", "three" }))
        {
            line.GetProperty("id").GetString().Should().StartWith("batch_req_");
            line.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
            var response = line.GetProperty("response");
            response.GetProperty("status_code").GetInt32().Should().Be(200);
            var body = response.GetProperty("body");
            body.GetProperty("object").GetString().Should().Be("chat.completion");
            body.GetProperty("model").GetString().Should().Be(BatchHttp.Llama);
            body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().Be("You asked: " + question);
            body.GetProperty("x_groq").GetProperty("id").GetString().Should().Be(response.GetProperty("request_id").GetString()).And.StartWith("req_");
        }
    }

    [Fact]
    public async Task Lines_the_chat_engine_refuses_go_to_the_error_file_with_groqs_error_body_and_status()
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(BatchHttp.Lines(
            BatchHttp.Line("ok"),
            BatchHttp.Line("no-model", body: """{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}"""),
            BatchHttp.Line("logprobs", body: $$"""{"model":"{{BatchHttp.Llama}}","messages":[{"role":"user","content":"hi"}],"logprobs":true}"""),
            BatchHttp.Line("streamed", body: $$"""{"model":"{{BatchHttp.Llama}}","messages":[{"role":"user","content":"hi"}],"stream":true}""")));

        var done = (await http.PollAsync(batchId, Ct))[^1];

        done.GetProperty("status").GetString().Should().Be("completed", "refused lines fail one by one, not the batch");
        done.GetProperty("request_counts").GetProperty("completed").GetInt32().Should().Be(1);
        done.GetProperty("request_counts").GetProperty("failed").GetInt32().Should().Be(3);
        (await http.LinesAsync(done.GetProperty("output_file_id").GetString()!)).Should().ContainSingle()
            .Which.GetProperty("custom_id").GetString().Should().Be("ok");
        var errors = (await http.LinesAsync(done.GetProperty("error_file_id").GetString()!)).ToDictionary(l => l.GetProperty("custom_id").GetString()!);
        errors.Keys.Should().BeEquivalentTo("no-model", "logprobs", "streamed");
        Expect(errors["no-model"], 404, error => error.GetProperty("code").GetString().Should().Be("model_not_found"));
        Expect(errors["logprobs"], 400, error => error.GetProperty("param").GetString().Should().Be("logprobs"));
        Expect(errors["streamed"], 400, error => error.GetProperty("param").GetString().Should().Be("stream"));

        static void Expect(JsonElement line, int status, Action<JsonElement> check)
        {
            line.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
            line.GetProperty("response").GetProperty("status_code").GetInt32().Should().Be(status);
            line.GetProperty("response").GetProperty("request_id").GetString().Should().StartWith("req_");
            var error = line.GetProperty("response").GetProperty("body").GetProperty("error");
            error.GetProperty("type").GetString().Should().Be("invalid_request_error");
            error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
            check(error);
        }
    }

    [Fact]
    public async Task Duplicate_custom_ids_fail_the_batch_with_the_line_numbers_and_run_nothing()
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(BatchHttp.Lines(BatchHttp.Line("a"), BatchHttp.Line("b"), "", BatchHttp.Line("a"), BatchHttp.Line("b")));

        var failed = (await http.PollAsync(batchId, Ct))[^1];

        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("failed_at").GetInt64().Should().BeGreaterThan(0);
        failed.GetProperty("in_progress_at").ValueKind.Should().Be(JsonValueKind.Null);
        failed.GetProperty("output_file_id").ValueKind.Should().Be(JsonValueKind.Null);
        failed.GetProperty("error_file_id").ValueKind.Should().Be(JsonValueKind.Null);
        failed.GetProperty("request_counts").GetProperty("total").GetInt32().Should().Be(0);
        var errors = failed.GetProperty("errors");
        errors.GetProperty("object").GetString().Should().Be("list");
        errors.GetProperty("data").EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("param").GetString()))
            .Should().Equal(("duplicate_custom_id", 4, "custom_id"), ("duplicate_custom_id", 5, "custom_id"));
    }

    [Theory]
    [InlineData("not json at all", 2, null)]
    [InlineData("""["an","array"]""", 2, null)]
    [InlineData("""{"custom_id":"x","method":"GET","url":"/v1/chat/completions","body":{}}""", 2, "method")]
    [InlineData("""{"custom_id":"x","method":"POST","url":"/v1/embeddings","body":{}}""", 2, "url")]
    [InlineData("""{"custom_id":"x","method":"POST","url":"/v1/chat/completions"}""", 2, "body")]
    [InlineData("""{"custom_id":7,"method":"POST","url":"/v1/chat/completions","body":{}}""", 2, "custom_id")]
    [InlineData("""{"custom_id":"x","method":"POST","url":"/v1/chat/completions","body":{},"priority":1}""", 2, "priority")]
    public async Task A_malformed_line_fails_the_whole_batch_naming_its_line_and_field(string badLine, int line, string? param)
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(BatchHttp.Lines(BatchHttp.Line("good"), badLine));

        var failed = (await http.PollAsync(batchId, Ct))[^1];

        failed.GetProperty("status").GetString().Should().Be("failed");
        var error = failed.GetProperty("errors").GetProperty("data").EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("code").GetString().Should().Be("invalid_request");
        error.GetProperty("line").GetInt32().Should().Be(line);
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        if (param is null)
        {
            error.GetProperty("param").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            error.GetProperty("param").GetString().Should().Be(param);
        }
    }

    [Fact]
    public async Task An_empty_file_fails_the_batch()
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync("\n\n");

        var failed = (await http.PollAsync(batchId, Ct))[^1];

        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("errors").GetProperty("data")[0].GetProperty("line").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_file_of_more_than_50000_requests_fails_the_batch_at_line_50001()
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(BatchHttp.Lines([.. Enumerable.Range(0, 50_001).Select(i => BatchHttp.Line("r" + i))]));

        var failed = (await http.PollAsync(batchId, Ct))[^1];

        failed.GetProperty("status").GetString().Should().Be("failed");
        failed.GetProperty("errors").GetProperty("data").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("line").GetInt32().Should().Be(50_001);
    }
}
