using System.Net;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's <c>/files</c>, spoken to with raw HTTP over a socket, stores and serves batch input files as Groq does.</summary>
public sealed class EmulatorFilesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_uploaded_jsonl_file_is_described_and_its_content_comes_back_byte_for_byte()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new BatchHttp(emulator);
        var content = Encoding.UTF8.GetBytes(BatchHttp.Lines(BatchHttp.Line("a", "héllo"), BatchHttp.Line("b")));

        var (status, file) = await http.UploadAsync(content, "requests.jsonl", "batch");

        status.Should().Be(HttpStatusCode.OK);
        file.GetProperty("id").GetString().Should().MatchRegex("^file_01[0-9a-z]{24}$");
        file.GetProperty("object").GetString().Should().Be("file");
        file.GetProperty("bytes").GetInt64().Should().Be(content.Length);
        file.GetProperty("filename").GetString().Should().Be("requests.jsonl");
        file.GetProperty("purpose").GetString().Should().Be("batch");
        file.GetProperty("created_at").GetInt64().Should().BeCloseTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 60);
        var (contentStatus, contentType, body) = await http.RawAsync(HttpMethod.Get, $"files/{file.GetProperty("id").GetString()}/content");
        contentStatus.Should().Be(HttpStatusCode.OK);
        contentType.Should().Be("application/octet-stream");
        SHA256.HashData(body).Should().Equal(SHA256.HashData(content));
        emulator.Requests[0].Files.Should().ContainSingle().Which.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(content)),
            "an upload is recorded like any multipart request, with its hash and without its bytes");
    }

    [Fact]
    public async Task Files_are_listed_and_retrieved_until_deleted_then_answer_404()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new BatchHttp(emulator);
        var first = await http.UploadIdAsync(BatchHttp.Lines(BatchHttp.Line("a")));
        var second = await http.UploadIdAsync(BatchHttp.Lines(BatchHttp.Line("b")));

        var (listStatus, list) = await http.GetAsync("files");
        var (infoStatus, info) = await http.GetAsync("files/" + second);
        var (deleteStatus, deleted) = await http.DeleteAsync("files/" + first);

        listStatus.Should().Be(HttpStatusCode.OK);
        list.GetProperty("object").GetString().Should().Be("list");
        list.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Equal(first, second);
        infoStatus.Should().Be(HttpStatusCode.OK);
        info.GetProperty("id").GetString().Should().Be(second);
        deleteStatus.Should().Be(HttpStatusCode.OK);
        deleted.GetProperty("id").GetString().Should().Be(first);
        deleted.GetProperty("object").GetString().Should().Be("file");
        deleted.GetProperty("deleted").GetBoolean().Should().BeTrue();
        (await http.GetAsync("files")).Answer.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Equal(second);
        foreach (var (method, path) in new[] { (HttpMethod.Get, $"files/{first}"), (HttpMethod.Get, $"files/{first}/content"), (HttpMethod.Delete, $"files/{first}") })
        {
            var (status, _, body) = await http.RawAsync(method, path);
            status.Should().Be(HttpStatusCode.NotFound, "{0} {1} names a deleted file", method, path);
            Encoding.UTF8.GetString(body).Should().Contain("\"type\":\"invalid_request_error\"").And.Contain(first);
        }
    }

    [Theory]
    [InlineData("requests.jsonl", "batch_output", "purpose")]
    [InlineData("requests.jsonl", "fine-tune", "purpose")]
    [InlineData("requests.jsonl", null, "purpose")]
    [InlineData("requests.json", "batch", "file")]
    [InlineData("requests.csv", "batch", "file")]
    public async Task An_upload_other_than_a_jsonl_file_for_batch_gets_a_400_naming_the_field(string fileName, string? purpose, string param)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new BatchHttp(emulator);

        var (status, error) = await http.UploadAsync(BatchHttp.Lines(BatchHttp.Line("a")), fileName, purpose);

        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be(param);
        (await http.GetAsync("files")).Answer.GetProperty("data").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_file_over_100_MB_is_read_to_its_end_then_refused_with_413_and_not_stored()
    {
        const long TooLarge = (100L * 1024 * 1024) + 1;
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);
        using var form = new MultipartFormDataContent { { new StringContent("batch"), "purpose" } };
        form.Add(new StreamContent(new GeneratedUploadStream(TooLarge, wav: false)), "file", "huge.jsonl");

        using var response = await http.PostAsync($"{emulator.Endpoint}/files", form, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("\"code\":\"request_too_large\"");
        emulator.Requests[0].Files.Single().Length.Should().Be(TooLarge, "the client could send the whole file before reading the answer");
        using var owner = new BatchHttp(emulator);
        (await owner.GetAsync("files")).Answer.GetProperty("data").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_upload_with_an_unknown_form_field_is_refused()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent { { new StringContent("batch"), "purpose" }, { new StringContent("x"), "expires_after" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(BatchHttp.Lines(BatchHttp.Line("a")))), "file", "requests.jsonl");
        http.DefaultRequestHeaders.Authorization = new("Bearer", emulator.ApiKey);

        using var response = await http.PostAsync($"{emulator.Endpoint}/files", form, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("\"param\":\"expires_after\"");
    }

    [Theory]
    [InlineData("GET", "files")]
    [InlineData("GET", "files/file_01abc")]
    [InlineData("GET", "files/file_01abc/content")]
    [InlineData("DELETE", "files/file_01abc")]
    [InlineData("GET", "batches")]
    [InlineData("GET", "batches/batch_01abc")]
    [InlineData("POST", "batches/batch_01abc/cancel")]
    public async Task Files_and_batches_need_the_api_key(string method, string path)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new BatchHttp(emulator, apiKey: "gsk_wrong");

        var (status, _, body) = await http.RawAsync(new HttpMethod(method), path);

        status.Should().Be(HttpStatusCode.Unauthorized);
        Encoding.UTF8.GetString(body).Should().Contain("\"code\":\"invalid_api_key\"");
    }

    [Fact]
    public async Task An_upload_without_the_api_key_is_refused_and_nothing_is_stored()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var stranger = new BatchHttp(emulator, apiKey: null);
        using var owner = new BatchHttp(emulator);

        var (status, error) = await stranger.UploadAsync(BatchHttp.Lines(BatchHttp.Line("a")));

        status.Should().Be(HttpStatusCode.Unauthorized);
        error.GetProperty("code").GetString().Should().Be("invalid_api_key");
        (await owner.GetAsync("files")).Answer.GetProperty("data").GetArrayLength().Should().Be(0);
    }
}
