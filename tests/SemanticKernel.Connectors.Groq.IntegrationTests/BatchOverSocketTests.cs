using System.Collections.Concurrent;
using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The connector's Batch API clients over real sockets against the emulator's <c>/files</c> and <c>/batches</c>, on
/// the emulator's compressed batch clock.
/// </summary>
public sealed class BatchOverSocketTests
{
    private const string Model = "llama-3.3-70b-versatile";

    private static readonly GroqChatBatchOptions FastPolling = new() { PollInterval = TimeSpan.FromMilliseconds(10), MaxPollInterval = TimeSpan.FromMilliseconds(40) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<GroqEmulator> StartAsync(int stepMilliseconds = 20, int linesPerStep = 100, TimeSpan? expiresAfter = null) =>
        GroqEmulator.StartAsync(
            new GroqEmulatorOptions { BatchStepDelay = TimeSpan.FromMilliseconds(stepMilliseconds), BatchLinesPerStep = linesPerStep, BatchExpiresAfter = expiresAfter },
            Ct);

    private static GroqChatBatch Runner(GroqEmulator emulator) => new(Model, EmulatorClients.Options(emulator));

    private static IEnumerable<GroqBatchRequest> Prompts(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return new GroqBatchRequest($"q-{i}", [new ChatMessage(ChatRole.User, $"Question {i}")], new ChatOptions { MaxOutputTokens = 64 });
        }
    }

    private static async Task<List<T>> AllAsync<T>(IAsyncEnumerable<T> items)
    {
        var all = new List<T>();
        await foreach (var item in items)
        {
            all.Add(item);
        }

        return all;
    }

    [Fact]
    public async Task A_batch_runs_end_to_end_with_growing_progress_and_a_result_per_request()
    {
        // Steps well apart from the 10-40 ms polls, so a loaded machine cannot run all five steps between two polls.
        await using var emulator = await StartAsync(stepMilliseconds: 150, linesPerStep: 5);
        var seen = new ConcurrentQueue<GroqBatch>();
        var requests = Prompts(20).Append(new GroqBatchRequest("wrong-model", [new ChatMessage(ChatRole.User, "Hi")], new ChatOptions { ModelId = "no-such-model" })).ToList();

        var results = await AllAsync(Runner(emulator).RunAsync(requests, new Progress(seen.Enqueue), FastPolling, Ct));

        results.Should().HaveCount(21);
        results.Select(r => r.CustomId).Should().BeEquivalentTo(requests.Select(r => r.CustomId));
        results.Where(r => r.CustomId != "wrong-model").Should().OnlyContain(r => r.Succeeded && r.Response!.Usage!.TotalTokenCount > 0 && r.Response.Text.Length > 0);
        var failed = results.Single(r => r.CustomId == "wrong-model").Error!;
        failed.StatusCode.Should().Be(HttpStatusCode.NotFound);
        failed.ErrorCode.Should().Be("model_not_found");
        var counts = seen.Select(b => b.RequestCounts.Completed + b.RequestCounts.Failed).ToList();
        counts.Should().BeInAscendingOrder().And.Contain(c => c > 0 && c < 21, "five lines are answered per step, so polls see the counts grow");
        seen.Last().Status.Should().Be(GroqBatchStatus.Completed);
        seen.Last().RequestCounts.Should().Be(new GroqBatchRequestCounts(21, 20, 1));
    }

    [Fact]
    public async Task Requests_cut_off_by_expiry_are_reported_as_batch_expired_and_none_is_lost()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 50, linesPerStep: 2, expiresAfter: TimeSpan.FromMilliseconds(150));

        var results = await AllAsync(Runner(emulator).RunAsync(Prompts(30), options: FastPolling, cancellationToken: Ct));

        results.Select(r => r.CustomId).Should().BeEquivalentTo(Prompts(30).Select(r => r.CustomId));
        results.Should().Contain(r => r.Succeeded, "lines answered before the expiry are kept");
        results.Where(r => !r.Succeeded).Should().NotBeEmpty().And.OnlyContain(r => r.Error!.ErrorCode == "batch_expired");
    }

    [Fact]
    public async Task Cancelling_the_token_cancels_the_batch_and_its_results_can_still_be_read_by_id()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 50, linesPerStep: 1);
        string? batchId = null;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var progress = new Progress(b =>
        {
            batchId ??= b.Id;
            if (b.RequestCounts.Completed > 0)
            {
                cancel.Cancel();
            }
        });

        var act = () => AllAsync(Runner(emulator).RunAsync(Prompts(40), progress, FastPolling, cancel.Token));
        await act.Should().ThrowAsync<OperationCanceledException>();

        var resumed = await AllAsync(Runner(emulator).ResumeAsync(batchId!, options: FastPolling, cancellationToken: Ct));
        var batch = await Runner(emulator).Batches.GetAsync(batchId!, Ct);
        batch.Status.Should().Be(GroqBatchStatus.Cancelled);
        resumed.Should().HaveCount(40);
        resumed.Should().Contain(r => r.Succeeded);
        resumed.Where(r => !r.Succeeded).Should().NotBeEmpty().And.OnlyContain(r => r.Error!.ErrorCode == "batch_cancelled");
    }

    [Fact]
    public async Task A_submitted_batch_is_resumed_by_id_from_a_new_runner()
    {
        await using var emulator = await StartAsync();
        var batch = await Runner(emulator).SubmitAsync(Prompts(5), new GroqChatBatchOptions { Metadata = new Dictionary<string, string> { ["job"] = "resume" } }, Ct);

        var results = await AllAsync(Runner(emulator).ResumeAsync(batch.Id, options: FastPolling, cancellationToken: Ct));

        results.Select(r => r.CustomId).Should().BeEquivalentTo(["q-0", "q-1", "q-2", "q-3", "q-4"]);
        results.Should().OnlyContain(r => r.Succeeded);
        (await Runner(emulator).Batches.ListAsync(Ct)).Should().ContainSingle(b => b.Id == batch.Id && b.Metadata!["job"] == "resume");
    }

    [Fact]
    public async Task Files_are_uploaded_described_listed_read_and_deleted()
    {
        await using var emulator = await StartAsync();
        var files = new GroqFilesClient(EmulatorClients.Options(emulator));
        byte[] jsonl = """{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"Hi"}]}}"""u8.ToArray();

        var uploaded = await files.UploadAsync(new MemoryStream(jsonl), "mine.jsonl", Ct);
        var described = await files.GetAsync(uploaded.Id, Ct);
        var listed = await files.ListAsync(Ct);
        await using (var content = await files.DownloadContentAsync(uploaded.Id, Ct))
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, Ct);
            copy.ToArray().Should().Equal(jsonl);
        }

        bool deleted = await files.DeleteAsync(uploaded.Id, Ct);
        var afterDelete = () => files.GetAsync(uploaded.Id, Ct);

        uploaded.Bytes.Should().Be(jsonl.Length);
        uploaded.Purpose.Should().Be("batch");
        described.FileName.Should().Be("mine.jsonl");
        listed.Should().Contain(f => f.Id == uploaded.Id);
        deleted.Should().BeTrue();
        (await afterDelete.Should().ThrowAsync<GroqException>()).Which.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Semantic_Kernel_prompts_and_chat_histories_run_through_a_batch()
    {
        await using var emulator = await StartAsync();
        var batch = new GroqKernelBatch(Model, EmulatorClients.Options(emulator));
        var settings = new GroqPromptExecutionSettings { MaxTokens = 64, Temperature = 0.2f };
        var histories = new[]
        {
            new ChatHistory("You are terse.", AuthorRole.System) { new ChatMessageContent(AuthorRole.User, "One") },
            new ChatHistory("Two", AuthorRole.User),
        };

        var results = await AllAsync(batch.RunAsync(histories, settings, options: FastPolling, cancellationToken: Ct));

        results.Select(r => r.Index).Should().BeEquivalentTo([0, 1]);
        results.Should().OnlyContain(r => r.Succeeded && r.Content!.Role == AuthorRole.Assistant && !string.IsNullOrEmpty(r.Content.Content));
        results[0].Content!.ModelId.Should().Be(Model);
    }

    [Fact]
    public async Task A_dataset_of_5000_prompts_runs_with_progress_and_a_runner_started_after_a_restart_resumes_it_by_id()
    {
        await using var emulator = await StartAsync(stepMilliseconds: 100, linesPerStep: 250);
        var seen = new ConcurrentQueue<GroqBatch>();
        using var firstRun = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stopAfterProgress = new Progress(batch =>
        {
            seen.Enqueue(batch);
            if (batch.RequestCounts.Completed > 0)
            {
                firstRun.Cancel();   // the process "restarts" while the batch runs
            }
        });

        var interrupted = () => AllAsync(Runner(emulator).RunAsync(
            Prompts(5_000), stopAfterProgress, new GroqChatBatchOptions { PollInterval = FastPolling.PollInterval, MaxPollInterval = FastPolling.MaxPollInterval, CancelBatchOnCancellation = false }, firstRun.Token));
        await interrupted.Should().ThrowAsync<OperationCanceledException>();
        string batchId = seen.First().Id;
        seen.Last().RequestCounts.Completed.Should().BeInRange(1, 4_999, "the first runner stopped while the batch was running");

        var results = await AllAsync(Runner(emulator).ResumeAsync(batchId, options: FastPolling, cancellationToken: Ct));

        results.Should().HaveCount(5_000);
        results.Select(r => r.CustomId).Distinct().Should().HaveCount(5_000);
        results.Should().OnlyContain(r => r.Succeeded);
        (await Runner(emulator).Batches.ListAsync(Ct)).Should().ContainSingle("the resumed runner picked up the one batch, it did not start another");
    }

    [Fact]
    public async Task Requests_that_change_between_validation_and_upload_are_reported_as_such_not_as_a_network_failure()
    {
        await using var emulator = await StartAsync();
        int pass = 0;
        IEnumerable<GroqBatchRequest> Changing()
        {
            pass++;
            yield return new GroqBatchRequest("a", [new ChatMessage(ChatRole.User, pass == 1 ? "short" : "a much longer prompt")]);
        }

        var act = () => Runner(emulator).SubmitAsync(Changing(), cancellationToken: Ct);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*changed between their validation and their upload*");
        (await Runner(emulator).Files.ListAsync(Ct)).Should().BeEmpty("nothing was stored");
    }

    /// <summary>Reports on the caller's thread, so each report is seen before the next poll.</summary>
    private sealed class Progress(Action<GroqBatch> report) : IProgress<GroqBatch>
    {
        public void Report(GroqBatch value) => report(value);
    }
}
