using FluentAssertions;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using static SemanticKernel.Connectors.Groq.UnitTests.Batch.BatchTestClients;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class ChatBatchFlowTests
{
    [Fact]
    public async Task Run_uploads_creates_polls_and_yields_a_result_per_request_from_output_and_error_files()
    {
        var api = new FakeBatchApi { InProgressPolls = 2 };
        var seen = new List<GroqBatch>();
        var results = await AllAsync(Runner(api).RunAsync([Request("a"), Request("bad-1"), Request("b")], new SyncProgress(seen.Add), FastPolling, TestClients.Ct));

        results.Select(r => r.CustomId).Should().Equal("a", "b", "bad-1");
        results[0].Response!.Text.Should().Be("answer to a");
        results[0].Response!.Usage!.TotalTokenCount.Should().Be(652);
        results[2].Error!.ErrorCode.Should().Be("model_not_found");
        results[2].Error!.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);

        seen.First().Status.Should().Be(GroqBatchStatus.Validating, "the created batch is reported first, so its id can be kept to resume");
        seen.Should().Contain(b => b.Status == GroqBatchStatus.InProgress);
        seen.Last().Status.Should().Be(GroqBatchStatus.Completed);
        seen.Last().RequestCounts.Should().Be(new GroqBatchRequestCounts(3, 2, 1));
        api.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath.Replace("/openai/v1/", "/", StringComparison.Ordinal)}").Should().StartWith(["POST /files", "POST /batches"]);
    }

    [Fact]
    public async Task The_batch_is_created_for_chat_completions_with_the_window_and_metadata_asked_for()
    {
        var api = new FakeBatchApi();
        var options = new GroqChatBatchOptions { CompletionWindow = "7d", Metadata = new Dictionary<string, string> { ["job"] = "nightly" } };
        var batch = await Runner(api).SubmitAsync([Request("a")], options, TestClients.Ct);

        var create = api.Requests[1].BodyJson;
        create.GetProperty("input_file_id").GetString().Should().Be("file_in1");
        create.GetProperty("endpoint").GetString().Should().Be("/v1/chat/completions");
        create.GetProperty("completion_window").GetString().Should().Be("7d");
        create.GetProperty("metadata").GetProperty("job").GetString().Should().Be("nightly");
        batch.InputFileId.Should().Be("file_in1");
    }

    [Fact]
    public async Task An_input_file_whose_batch_could_not_be_created_is_deleted()
    {
        var api = new FakeBatchApi { RefuseCreation = true };

        var act = () => Runner(api).SubmitAsync([Request("a")], cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        api.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}").Should().Equal(
            "POST /openai/v1/files", "POST /openai/v1/batches", "DELETE /openai/v1/files/file_in1");
    }

    [Fact]
    public async Task Expired_requests_are_reported_with_batch_expired_and_answered_ones_kept()
    {
        var api = new FakeBatchApi { FinalStatus = "expired" };
        var results = await AllAsync(Runner(api).RunAsync(Requests(4), options: FastPolling, cancellationToken: TestClients.Ct));

        results.Should().HaveCount(4);
        results.Count(r => r.Succeeded).Should().Be(1);
        results.Where(r => !r.Succeeded).Should().OnlyContain(r => r.Error!.ErrorCode == "batch_expired");
    }

    [Fact]
    public async Task A_batch_Groq_refused_as_a_whole_throws_naming_the_lines_and_codes()
    {
        var api = new FakeBatchApi { FinalStatus = "failed" };
        var act = () => AllAsync(Runner(api).RunAsync(Requests(2), options: FastPolling, cancellationToken: TestClients.Ct));

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.Message.Should().Contain("line 2").And.Contain("duplicate_custom_id");
        thrown.ErrorCode.Should().Be("duplicate_custom_id");
    }

    [Fact]
    public async Task The_api_key_quoted_in_a_refused_batchs_errors_is_redacted()
    {
        var api = new FakeBatchApi { FinalStatus = "failed", RefusalMessage = "bad key " + TestClients.ApiKey };
        var act = () => AllAsync(Runner(api).RunAsync(Requests(1), options: FastPolling, cancellationToken: TestClients.Ct));

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("bad key").And.NotContain(TestClients.ApiKey);
    }

    [Fact]
    public async Task Cancelling_while_waiting_cancels_the_batch_at_Groq()
    {
        var api = new FakeBatchApi { InProgressPolls = int.MaxValue };
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestClients.Ct);
        var progress = new SyncProgress(b =>
        {
            if (b.Status == GroqBatchStatus.InProgress)
            {
                cancel.Cancel();
            }
        });

        var act = () => AllAsync(Runner(api).RunAsync(Requests(2), progress, FastPolling, cancel.Token));

        await act.Should().ThrowAsync<OperationCanceledException>();
        api.Requests.Should().ContainSingle(r => r.Method == HttpMethod.Post && r.Uri.AbsolutePath.EndsWith("/batches/batch_2/cancel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_with_CancelBatchOnCancellation_off_leaves_the_batch_running_to_resume_later()
    {
        var api = new FakeBatchApi { InProgressPolls = 3 };
        var runner = Runner(api);
        var options = new GroqChatBatchOptions { PollInterval = TimeSpan.FromMilliseconds(1), MaxPollInterval = TimeSpan.FromMilliseconds(1), CancelBatchOnCancellation = false };
        string? batchId = null;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestClients.Ct);
        var progress = new SyncProgress(b =>
        {
            batchId ??= b.Id;
            if (b.Status == GroqBatchStatus.InProgress)
            {
                cancel.Cancel();
            }
        });

        var act = () => AllAsync(runner.RunAsync(Requests(2), progress, options, cancel.Token));
        await act.Should().ThrowAsync<OperationCanceledException>();
        api.Requests.Should().NotContain(r => r.Uri.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal));

        // A new process: a new runner, only the id.
        var resumed = await AllAsync(Runner(api).ResumeAsync(batchId!, options: options, cancellationToken: TestClients.Ct));
        resumed.Select(r => r.CustomId).Should().Equal("req-0", "req-1");
        resumed.Should().OnlyContain(r => r.Succeeded);
    }

    [Fact]
    public async Task Polling_waits_longer_each_time_up_to_the_maximum()
    {
        var api = new FakeBatchApi { InProgressPolls = 6 };
        var polls = new List<DateTimeOffset>();
        var options = new GroqChatBatchOptions { PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(80) };
        var batch = await Runner(api).SubmitAsync([Request("a")], options, TestClients.Ct);

        var done = await Runner(api).WaitAsync(batch.Id, new SyncProgress(_ => polls.Add(DateTimeOffset.UtcNow)), options, TestClients.Ct);

        done.Status.Should().Be(GroqBatchStatus.Completed);
        var gaps = polls.Zip(polls.Skip(1), (a, b) => b - a).ToList();

        // Lower bounds only (a wait is never shorter than asked): 20, 40, then 80 ms from there on.
        gaps.Should().HaveCountGreaterThan(4);
        gaps[1].Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(35));
        gaps[3].Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(70));
    }

    [Fact]
    public async Task A_result_line_longer_than_MaxResponseBytes_fails_naming_the_option()
    {
        var api = new FakeBatchApi();
        var runner = new GroqChatBatch(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0, MaxResponseBytes = 300 }, new HttpClient(api));

        var act = () => AllAsync(runner.RunAsync(Requests(2), options: FastPolling, cancellationToken: TestClients.Ct));

        (await act.Should().ThrowAsync<GroqException>()).WithMessage("Line 1 of Groq batch file file_out*MaxResponseBytes (300 bytes)*");
    }

    [Fact]
    public async Task Results_of_a_batch_still_running_are_not_read()
    {
        var api = new FakeBatchApi();
        var runner = Runner(api);
        var batch = await runner.SubmitAsync([Request("a")], cancellationToken: TestClients.Ct);

        var act = () => AllAsync(runner.ReadResultsAsync(batch, TestClients.Ct));

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*is validating*WaitAsync*");
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, so tests see every report in order.</summary>
    private sealed class SyncProgress(Action<GroqBatch> report) : IProgress<GroqBatch>
    {
        public void Report(GroqBatch value) => report(value);
    }
}
