using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using FluentAssertions;
using static SemanticKernel.Connectors.Groq.UnitTests.Batch.BatchTestClients;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

[Collection(ProcessWideMeasurements.Name)]
public sealed class BatchJsonlMemoryTests
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
