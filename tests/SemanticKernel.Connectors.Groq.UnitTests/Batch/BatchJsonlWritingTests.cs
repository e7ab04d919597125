using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using static SemanticKernel.Connectors.Groq.UnitTests.Batch.BatchTestClients;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class BatchJsonlWritingTests
{
    [Fact]
    public async Task Each_request_is_one_line_with_custom_id_method_url_and_the_body_the_chat_client_sends()
    {
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 50, StopSequences = ["END"] };
        var api = new FakeBatchApi();
        await Runner(api).SubmitAsync([Request("one", "Hello", options), Request("two", "Bonjour")], cancellationToken: TestClients.Ct);

        string[] lines = api.InputLines();
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("custom_id").GetString().Should().Be("one");
        first.RootElement.GetProperty("method").GetString().Should().Be("POST");
        first.RootElement.GetProperty("url").GetString().Should().Be("/v1/chat/completions");

        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        using var chat = TestClients.Chat(handler);
        await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Hello")], options, TestClients.Ct);
        first.RootElement.GetProperty("body").GetRawText().Should().Be(handler.Requests.Single().BodyText, "a batch line carries what GroqChatClient sends");
        first.RootElement.GetProperty("body").TryGetProperty("stream", out _).Should().BeFalse();
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("custom_id").GetString().Should().Be("two");
    }

    [Fact]
    public async Task The_upload_is_multipart_with_purpose_batch_and_a_jsonl_file_of_known_length()
    {
        var api = new FakeBatchApi();
        await Runner(api).SubmitAsync(Requests(3), cancellationToken: TestClients.Ct);

        var upload = api.Requests[0];
        upload.Method.Should().Be(HttpMethod.Post);
        upload.Uri.AbsolutePath.Should().EndWith("/openai/v1/files");
        upload.Header("Content-Length").Should().Be(upload.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var parts = Multipart.Parse(upload);
        parts.Single(p => p.Name == "purpose").Text.Should().Be("batch");
        var file = parts.Single(p => p.Name == "file");
        file.FileName.Should().Be("batch.jsonl");
        file.Text.Should().EndWith("\n").And.Contain("\"custom_id\":\"req-2\"");
    }

    [Fact]
    public async Task Requests_that_change_between_validation_and_upload_are_refused()
    {
        using var chat = TestClients.Chat(CannedHandler.Json("{}"));
        int pass = 0;
        IEnumerable<GroqBatchRequest> Changing()
        {
            pass++;
            yield return Request("a", pass == 1 ? "short" : "a much longer prompt");
        }

        WireChatRequest Map(GroqBatchRequest r) => chat.ToWireRequest(r.Messages, r.Options, stream: false);
        var plan = BatchInputPlan.Measure(Changing(), Map);
        using var content = new BatchJsonlContent(Changing(), Map, plan);
        var act = () => content.CopyToAsync(Stream.Null, TestClients.Ct);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*changed between their validation and their upload*");
    }

    [Fact]
    public async Task The_measured_size_is_the_size_of_the_lines_written()
    {
        using var chat = TestClients.Chat(CannedHandler.Json("{}"));
        WireChatRequest Map(GroqBatchRequest r) => chat.ToWireRequest(r.Messages, r.Options, stream: false);
        var requests = Requests(5, "ünïcödé ✓").ToList();

        var plan = BatchInputPlan.Measure(requests, Map);
        using var content = new BatchJsonlContent(requests, Map, plan);
        byte[] written = await content.ReadAsByteArrayAsync(TestClients.Ct);

        plan.Lines.Should().Be(5);
        plan.Bytes.Should().Be(written.Length);
        Encoding.UTF8.GetString(written).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(5);
    }
}
