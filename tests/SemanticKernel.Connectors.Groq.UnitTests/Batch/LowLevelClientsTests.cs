using System.Net;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class LowLevelClientsTests
{
    private const string Batch = """
        {"id":"batch_01","object":"batch","endpoint":"/v1/chat/completions","errors":null,"input_file_id":"file_in","completion_window":"24h",
         "status":"completed","output_file_id":"file_out","error_file_id":null,"created_at":1770770798,"expires_at":1770857198,"completed_at":1770770900,
         "request_counts":{"total":3,"completed":3,"failed":0},"metadata":{"job":"x"}}
        """;

    [Fact]
    public async Task Files_are_read_listed_and_deleted_at_their_paths()
    {
        var handler = CannedHandler.Json("""{"id":"file_1","object":"file","bytes":12,"created_at":1770770798,"filename":"a.jsonl","purpose":"batch"}""")
            .Then(HttpStatusCode.OK, """{"object":"list","data":[{"id":"file_1","bytes":12,"purpose":"batch"},{"id":"file_2","bytes":5,"purpose":"batch_output"}]}""")
            .Then(HttpStatusCode.OK, """{"id":"file_1","object":"file","deleted":true}""");
        var files = new GroqFilesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        var file = await files.GetAsync("file_1", TestClients.Ct);
        var all = await files.ListAsync(TestClients.Ct);
        bool deleted = await files.DeleteAsync("file_1", TestClients.Ct);

        file.Should().Be(new GroqFile("file_1", 12, DateTimeOffset.FromUnixTimeSeconds(1770770798), "a.jsonl", "batch"));
        all.Select(f => f.Purpose).Should().Equal("batch", "batch_output");
        deleted.Should().BeTrue();
        handler.Requests.Select(r => $"{r.Method} {r.Uri.PathAndQuery}").Should().Equal(
            "GET /openai/v1/files/file_1", "GET /openai/v1/files", "DELETE /openai/v1/files/file_1");
    }

    [Fact]
    public async Task A_file_id_cannot_reach_another_route()
    {
        var handler = CannedHandler.Json("""{"id":"x","bytes":1}""");
        var files = new GroqFilesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        await files.GetAsync("../batches/b?x=1", TestClients.Ct);

        handler.Requests.Single().Uri.AbsolutePath.Should().Be("/openai/v1/files/..%2Fbatches%2Fb%3Fx%3D1");
    }

    [Fact]
    public async Task File_content_is_streamed_with_any_type_accepted()
    {
        var handler = new CannedHandler(HttpStatusCode.OK, "{\"custom_id\":\"a\"}\n", "application/octet-stream");
        var files = new GroqFilesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        await using var content = await files.DownloadContentAsync("file_out", TestClients.Ct);
        using var reader = new StreamReader(content);

        (await reader.ReadToEndAsync(TestClients.Ct)).Should().Be("{\"custom_id\":\"a\"}\n");
        handler.Requests.Single().Uri.AbsolutePath.Should().Be("/openai/v1/files/file_out/content");
        handler.Requests.Single().Header("Accept").Should().Be("*/*");
    }

    [Fact]
    public async Task A_seekable_stream_uploads_as_a_jsonl_file_with_purpose_batch()
    {
        var handler = CannedHandler.Json("""{"id":"file_9","object":"file","bytes":3,"filename":"mine.jsonl","purpose":"batch"}""");
        var files = new GroqFilesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));
        using var jsonl = new MemoryStream("{}\n"u8.ToArray());

        var file = await files.UploadAsync(jsonl, "mine.jsonl", TestClients.Ct);

        file.Id.Should().Be("file_9");
        var parts = Multipart.Parse(handler.Requests.Single());
        parts.Single(p => p.Name == "purpose").Text.Should().Be("batch");
        parts.Single(p => p.Name == "file").Text.Should().Be("{}\n");
        jsonl.CanRead.Should().BeTrue("the caller's stream is left open");
    }

    [Fact]
    public async Task A_batch_is_read_with_its_status_counts_files_and_times()
    {
        var handler = CannedHandler.Json(Batch);
        var batches = new GroqBatchesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        var batch = await batches.GetAsync("batch_01", TestClients.Ct);

        batch.Status.Should().Be(GroqBatchStatus.Completed);
        batch.Status.IsTerminal.Should().BeTrue();
        batch.RequestCounts.Should().Be(new GroqBatchRequestCounts(3, 3, 0));
        batch.OutputFileId.Should().Be("file_out");
        batch.ErrorFileId.Should().BeNull();
        batch.EndedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1770770900));
        batch.Metadata.Should().ContainKey("job");
    }

    [Fact]
    public async Task Batches_are_listed_and_cancelled_at_their_paths()
    {
        var handler = CannedHandler.Json($$"""{"object":"list","data":[{{Batch}}]}""")
            .Then(HttpStatusCode.OK, Batch.Replace("\"completed\"", "\"cancelling\"", StringComparison.Ordinal));
        var batches = new GroqBatchesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        var all = await batches.ListAsync(TestClients.Ct);
        var cancelling = await batches.CancelAsync("batch_01", TestClients.Ct);

        all.Should().ContainSingle().Which.Id.Should().Be("batch_01");
        cancelling.Status.Should().Be(GroqBatchStatus.Cancelling);
        cancelling.Status.IsTerminal.Should().BeFalse();
        handler.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}").Should().Equal("GET /openai/v1/batches", "POST /openai/v1/batches/batch_01/cancel");
    }

    [Fact]
    public async Task Batch_creation_is_not_retried_so_a_lost_answer_cannot_start_a_second_batch()
    {
        var handler = CannedHandler.Json("""{"error":{"message":"overloaded","type":"internal_server_error"}}""", HttpStatusCode.ServiceUnavailable)
            .Then(HttpStatusCode.OK, Batch);
        var batches = new GroqBatchesClient(new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 2 }, new HttpClient(handler));

        var act = () => batches.CreateAsync("file_in", cancellationToken: TestClients.Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_unknown_batch_is_a_GroqException_with_status_404()
    {
        var handler = CannedHandler.Json("""{"error":{"message":"batch not found","type":"invalid_request_error","code":"not_found"}}""", HttpStatusCode.NotFound);
        var batches = new GroqBatchesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        var act = () => batches.GetAsync("batch_nope", TestClients.Ct);

        var thrown = (await act.Should().ThrowAsync<GroqException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        thrown.ErrorCode.Should().Be("not_found");
    }

    [Fact]
    public async Task A_batch_without_id_or_status_is_refused_as_malformed()
    {
        var handler = CannedHandler.Json("""{"object":"batch","status":"completed"}""");
        var batches = new GroqBatchesClient(TestClients.ApiKey, httpClient: new HttpClient(handler));

        var act = () => batches.GetAsync("batch_01", TestClients.Ct);

        (await act.Should().ThrowAsync<GroqException>()).WithMessage("*without its 'id'*");
    }
}
