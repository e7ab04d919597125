using System.Net;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Batches that do not simply complete, over a socket: refused creation, expiry, cancel, unknown ids, listing, and the
/// workers stopping with the emulator.
/// </summary>
public sealed class EmulatorBatchLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<GroqEmulator> StartAsync(int stepMilliseconds = 40, int linesPerStep = 100, TimeSpan? expiresAfter = null) =>
        GroqEmulator.StartAsync(
            new GroqEmulatorOptions { BatchStepDelay = TimeSpan.FromMilliseconds(stepMilliseconds), BatchLinesPerStep = linesPerStep, BatchExpiresAfter = expiresAfter },
            Ct);

    private static string Requests(int count) => BatchHttp.Lines([.. Enumerable.Range(1, count).Select(i => BatchHttp.Line("r" + i))]);

    [Fact]
    public async Task A_batch_still_running_when_its_time_is_up_expires_with_the_rest_as_batch_expired()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 50, linesPerStep: 1, expiresAfter: TimeSpan.FromMilliseconds(300));
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(Requests(20));

        var expired = (await http.PollAsync(batchId, Ct))[^1];

        expired.GetProperty("status").GetString().Should().Be("expired", "20 lines at one per 50 ms step cannot finish in 300 ms");
        expired.GetProperty("expired_at").GetInt64().Should().BeGreaterThan(0);
        expired.GetProperty("completed_at").ValueKind.Should().Be(JsonValueKind.Null);
        var counts = expired.GetProperty("request_counts");
        var completed = counts.GetProperty("completed").GetInt32();
        var failed = counts.GetProperty("failed").GetInt32();
        counts.GetProperty("total").GetInt32().Should().Be(20);
        (completed + failed).Should().Be(20);
        failed.Should().BePositive();
        var errorLines = await http.LinesAsync(expired.GetProperty("error_file_id").GetString()!);
        errorLines.Should().HaveCount(failed).And.OnlyContain(l => l.GetProperty("response").ValueKind == JsonValueKind.Null
            && l.GetProperty("error").GetProperty("code").GetString() == "batch_expired");
        errorLines.Select(l => l.GetProperty("custom_id").GetString()).Should().Equal(Enumerable.Range(completed + 1, failed).Select(i => "r" + i),
            "the lines not yet answered are the last ones, in file order");
        if (completed > 0)
        {
            (await http.LinesAsync(expired.GetProperty("output_file_id").GetString()!)).Should().HaveCount(completed);
        }
    }

    [Fact]
    public async Task Cancelling_a_running_batch_answers_cancelling_then_ends_cancelled_with_unrun_lines_as_batch_cancelled()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 100, linesPerStep: 1);
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(Requests(50));
        await PollUntilAsync(http, batchId, b => b.GetProperty("request_counts").GetProperty("completed").GetInt32() > 0);

        var (status, cancelling) = await http.PostJsonAsync($"batches/{batchId}/cancel", "");
        var cancelled = (await http.PollAsync(batchId, Ct))[^1];

        status.Should().Be(HttpStatusCode.OK);
        cancelling.GetProperty("status").GetString().Should().Be("cancelling");
        cancelling.GetProperty("cancelling_at").GetInt64().Should().BeGreaterThan(0);
        cancelled.GetProperty("status").GetString().Should().Be("cancelled");
        cancelled.GetProperty("cancelled_at").GetInt64().Should().BeGreaterThanOrEqualTo(cancelled.GetProperty("cancelling_at").GetInt64());
        var completed = cancelled.GetProperty("request_counts").GetProperty("completed").GetInt32();
        completed.Should().BeInRange(1, 49);
        cancelled.GetProperty("request_counts").GetProperty("failed").GetInt32().Should().Be(50 - completed);
        (await http.LinesAsync(cancelled.GetProperty("output_file_id").GetString()!)).Should().HaveCount(completed);
        (await http.LinesAsync(cancelled.GetProperty("error_file_id").GetString()!)).Should().HaveCount(50 - completed)
            .And.OnlyContain(l => l.GetProperty("error").GetProperty("code").GetString() == "batch_cancelled");
    }

    [Fact]
    public async Task Cancelling_while_validating_cancels_every_line_and_cancelling_again_changes_nothing()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 300);
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(BatchHttp.Lines(BatchHttp.Line("a"), BatchHttp.Line("b")));

        var (first, _) = await http.PostJsonAsync($"batches/{batchId}/cancel", "");
        var (second, again) = await http.PostJsonAsync($"batches/{batchId}/cancel", "");
        var cancelled = (await http.PollAsync(batchId, Ct))[^1];

        first.Should().Be(HttpStatusCode.OK);
        second.Should().Be(HttpStatusCode.OK);
        again.GetProperty("status").GetString().Should().Be("cancelling");
        cancelled.GetProperty("status").GetString().Should().Be("cancelled");
        cancelled.GetProperty("in_progress_at").ValueKind.Should().Be(JsonValueKind.Null);
        cancelled.GetProperty("output_file_id").ValueKind.Should().Be(JsonValueKind.Null);
        cancelled.GetProperty("request_counts").GetProperty("failed").GetInt32().Should().Be(2);
        (await http.LinesAsync(cancelled.GetProperty("error_file_id").GetString()!)).Select(l => l.GetProperty("custom_id").GetString()).Should().Equal("a", "b");
    }

    [Fact]
    public async Task Cancelling_a_completed_batch_is_refused_with_409_and_leaves_it_completed()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 10);
        using var http = new BatchHttp(emulator);
        var batchId = await http.StartAsync(BatchHttp.Lines(BatchHttp.Line("a")));
        (await http.PollAsync(batchId, Ct))[^1].GetProperty("status").GetString().Should().Be("completed");

        var (status, error) = await http.PostJsonAsync($"batches/{batchId}/cancel", "");

        status.Should().Be(HttpStatusCode.Conflict);
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("message").GetString().Should().Be("Cannot cancel a batch with status 'completed'.");
        (await http.BatchAsync(batchId)).GetProperty("status").GetString().Should().Be("completed");
    }

    [Theory]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions","completion_window":"1h"}""", "completion_window")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions","completion_window":"8d"}""", "completion_window")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions","completion_window":"24 hours"}""", "completion_window")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions"}""", "completion_window")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/embeddings","completion_window":"24h"}""", "endpoint")]
    [InlineData("""{"input_file_id":"file_01nosuchfile0000000000000","endpoint":"/v1/chat/completions","completion_window":"24h"}""", "input_file_id")]
    [InlineData("""{"endpoint":"/v1/chat/completions","completion_window":"24h"}""", "input_file_id")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions","completion_window":"24h","metadata":{"n":1}}""", "metadata.n")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions","completion_window":"24h","metadata":"x"}""", "metadata")]
    [InlineData("""{"input_file_id":"FILE","endpoint":"/v1/chat/completions","completion_window":"24h","model":"x"}""", "model")]
    public async Task An_invalid_batch_is_refused_with_a_400_naming_the_field_and_not_created(string body, string param)
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var fileId = await http.UploadIdAsync(BatchHttp.Lines(BatchHttp.Line("a")));

        var (status, error) = await http.PostJsonAsync("batches", body.Replace("FILE", fileId, StringComparison.Ordinal));

        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be(param);
        (await http.GetAsync("batches")).Answer.GetProperty("data").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("48h")]
    [InlineData("7d")]
    [InlineData("1d12h")]
    public async Task A_completion_window_from_24h_to_7d_is_accepted_and_echoed(string window)
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);

        var (status, batch) = await http.CreateAsync(await http.UploadIdAsync(BatchHttp.Lines(BatchHttp.Line("a"))), window);

        status.Should().Be(HttpStatusCode.OK);
        batch.GetProperty("completion_window").GetString().Should().Be(window);
    }

    [Fact]
    public async Task A_batch_output_file_cannot_be_the_input_of_another_batch()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 10);
        using var http = new BatchHttp(emulator);
        var done = (await http.PollAsync(await http.StartAsync(BatchHttp.Lines(BatchHttp.Line("a"))), Ct))[^1];

        var (status, error) = await http.CreateAsync(done.GetProperty("output_file_id").GetString()!);

        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("param").GetString().Should().Be("input_file_id");
        error.GetProperty("message").GetString().Should().Contain("batch_output");
    }

    [Theory]
    [InlineData("GET", "batches/batch_01nosuchbatch000000000000")]
    [InlineData("POST", "batches/batch_01nosuchbatch000000000000/cancel")]
    public async Task An_unknown_batch_id_gets_a_groq_shaped_404(string method, string path)
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);

        var (status, _, body) = await http.RawAsync(new HttpMethod(method), path);

        status.Should().Be(HttpStatusCode.NotFound);
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("message").GetString().Should().Contain("batch_01nosuchbatch000000000000");
    }

    [Fact]
    public async Task Batches_are_listed_in_creation_order_with_their_metadata()
    {
        await using var emulator = await StartAsync();
        using var http = new BatchHttp(emulator);
        var fileId = await http.UploadIdAsync(BatchHttp.Lines(BatchHttp.Line("a")));
        var (_, first) = await http.CreateAsync(fileId, "24h", """{"n":"1"}""");
        var (_, second) = await http.CreateAsync(fileId);

        var (status, list) = await http.GetAsync("batches");

        status.Should().Be(HttpStatusCode.OK);
        list.GetProperty("object").GetString().Should().Be("list");
        var data = list.GetProperty("data").EnumerateArray().ToList();
        data.Select(b => b.GetProperty("id").GetString()).Should().Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        data[0].GetProperty("metadata").GetProperty("n").GetString().Should().Be("1");
        data[1].GetProperty("metadata").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Disposing_the_emulator_stops_a_batch_that_is_still_running()
    {
        var emulator = await StartAsync(stepMilliseconds: 600_000);
        using (var http = new BatchHttp(emulator))
        {
            (await http.BatchAsync(await http.StartAsync(BatchHttp.Lines(BatchHttp.Line("a"))))).GetProperty("status").GetString().Should().Be("validating");
        }

        var disposal = emulator.DisposeAsync().AsTask();

        (await Task.WhenAny(disposal, Task.Delay(TimeSpan.FromSeconds(30), Ct))).Should().BeSameAs(disposal,
            "the worker waiting out a ten-minute step is cancelled, not waited for");
        await disposal;
    }

    [Theory]
    [InlineData(-1, 100, null, "options.BatchStepDelay")]
    [InlineData(10, 0, null, "options.BatchLinesPerStep")]
    [InlineData(10, 100, 0, "options.BatchExpiresAfter")]
    public async Task A_batch_clock_that_cannot_run_is_refused_at_start(int stepMilliseconds, int linesPerStep, int? expiresAfterMilliseconds, string option)
    {
        var options = new GroqEmulatorOptions
        {
            BatchStepDelay = TimeSpan.FromMilliseconds(stepMilliseconds),
            BatchLinesPerStep = linesPerStep,
            BatchExpiresAfter = expiresAfterMilliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        };

        var start = () => GroqEmulator.StartAsync(options, Ct);

        (await start.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be(option);
    }

    private static async Task PollUntilAsync(BatchHttp http, string batchId, Func<JsonElement, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (!condition(await http.BatchAsync(batchId)))
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
