using System.Buffers;
using System.Text;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Batch;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Batch;

public sealed class JsonlReaderTests
{
    [Fact]
    public async Task Lines_split_across_reads_are_reassembled_and_blank_lines_skipped()
    {
        var lines = await ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes("{\"a\":1}\n\r\n{\"b\":22}\r\n\n{\"c\":333}\n"), chunk: 3), maxLineBytes: 100);

        lines.Should().Equal("1:{\"a\":1}", "3:{\"b\":22}\r", "5:{\"c\":333}");
    }

    [Fact]
    public async Task The_last_line_needs_no_newline()
    {
        var lines = await ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("{\"a\":1}\n{\"b\":2}")), maxLineBytes: 100);

        lines.Should().Equal("1:{\"a\":1}", "2:{\"b\":2}");
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_fails_without_reading_it_whole()
    {
        var act = () => ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes("{\"a\":1}\n" + new string('x', 10_000) + "\n"), chunk: 64), maxLineBytes: 1_000);

        (await act.Should().ThrowAsync<GroqException>()).WithMessage("line 2 too long");
    }

    private static async Task<List<string>> ReadAsync(Stream stream, long maxLineBytes)
    {
        var lines = new List<string>();
        await foreach (string line in JsonlReader.ReadAsync(
            stream, maxLineBytes, static (line, number) => $"{number}:{Encoding.UTF8.GetString(line.ToArray())}", static number => new GroqException($"line {number} too long"), TestClients.Ct))
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
