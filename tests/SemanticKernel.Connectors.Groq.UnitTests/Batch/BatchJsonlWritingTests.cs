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

    [Fact]
    public async Task Writing_10000_requests_retains_no_more_memory_than_writing_1000()
    {
        // Each request carries ~2 KB of prompt: holding the 10,000 lines would retain ~20 MB more than holding 1,000.
        string prompt = new('p', 2_000);
        long small = await RetainedWhileWritingAsync(1_000, prompt);
        long large = await RetainedWhileWritingAsync(10_000, prompt);
        TestContext.Current.TestOutputHelper?.WriteLine($"Retained at the last line: {small:N0} bytes (1,000 requests), {large:N0} bytes (10,000 requests).");

        (large - small).Should().BeLessThan(2 * 1024 * 1024, $"memory held at the last line was {small:N0} bytes for 1,000 requests and {large:N0} for 10,000");
    }

    /// <summary>The managed memory still reachable (after a full collection) when the last line reaches the upload.</summary>
    private static async Task<long> RetainedWhileWritingAsync(int count, string prompt)
    {
        using var chat = TestClients.Chat(CannedHandler.Json("{}"));
        WireChatRequest Map(GroqBatchRequest r) => chat.ToWireRequest(r.Messages, r.Options, stream: false);
        var requests = Requests(count, prompt);
        var plan = BatchInputPlan.Measure(requests, Map);
        using var content = new BatchJsonlContent(requests, Map, plan);
        var sink = new MeasuringSink(plan.Bytes);
        await content.CopyToAsync(sink, TestClients.Ct);
        sink.Written.Should().Be(plan.Bytes);
        return sink.RetainedAtEnd;
    }

    /// <summary>Discards what it is given, and measures the retained heap when the expected last byte arrives.</summary>
    private sealed class MeasuringSink(long expected) : Stream
    {
        public long Written { get; private set; }

        public long RetainedAtEnd { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Written += buffer.Length;
            if (Written == expected)
            {
                RetainedAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
