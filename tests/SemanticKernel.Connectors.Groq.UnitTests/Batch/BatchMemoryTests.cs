using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using FluentAssertions;
using static SemanticKernel.Connectors.Groq.UnitTests.Batch.BatchTestClients;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

[Collection(ProcessWideMeasurements.Name)]
public sealed class BatchMemoryTests
{
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

    [Fact]
    public async Task Reading_10000_results_retains_no_more_memory_than_reading_1000()
    {
        // Each output line is a ~3 KB completion: buffering the 10,000-line file would retain ~27 MB more than 1,000 lines.
        long small = await RetainedWhileReadingAsync(1_000);
        long large = await RetainedWhileReadingAsync(10_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"Retained at the last result: {small:N0} bytes (1,000 lines), {large:N0} bytes (10,000 lines).");

        (large - small).Should().BeLessThan(2 * 1024 * 1024, $"memory held at the last result was {small:N0} bytes for 1,000 lines and {large:N0} for 10,000");
    }

    /// <summary>The managed memory still reachable (after a full collection) when the last result of a finished batch is read.</summary>
    private static async Task<long> RetainedWhileReadingAsync(int lines)
    {
        string completion = System.Text.Json.Nodes.JsonNode.Parse(TestData.Read(TestData.Text))!.ToJsonString();
        byte[] Line(int i) => System.Text.Encoding.UTF8.GetBytes(
            $$"""{"id":"batch_req_{{i}}","custom_id":"c-{{i}}","response":{"status_code":200,"request_id":"req_{{i}}","body":{{completion}}},"error":null}""" + "\n");
        var handler = new ContentHandler(() => new GeneratedStream(lines, Line));
        var batch = new GroqBatch { Id = "batch_1", Status = GroqBatchStatus.Completed, OutputFileId = "file_out" };

        int read = 0;
        long retained = 0;
        await foreach (var result in Runner(handler).ReadResultsAsync(batch, TestClients.Ct))
        {
            result.Succeeded.Should().BeTrue();
            if (++read == lines)
            {
                retained = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        read.Should().Be(lines);
        return retained;
    }

    /// <summary>Answers every request with a body streamed from a new stream.</summary>
    private sealed class ContentHandler(Func<Stream> body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(body()), RequestMessage = request });
    }

    /// <summary>A read-only stream of <c>count</c> lines made one at a time as they are read, never all at once.</summary>
    private sealed class GeneratedStream(int count, Func<int, byte[]> line) : Stream
    {
        private byte[] _current = [];
        private int _offset;
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _current.Length)
            {
                if (_next == count)
                {
                    return 0;
                }

                _current = line(_next++);
                _offset = 0;
            }

            int n = Math.Min(buffer.Length, _current.Length - _offset);
            _current.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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
