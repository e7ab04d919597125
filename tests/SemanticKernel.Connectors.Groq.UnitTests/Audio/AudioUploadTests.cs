using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>How an upload reads the caller's audio: in place, without moving their stream, and a forward-only stream once.</summary>
public sealed class AudioUploadTests
{
    private static readonly byte[] Audio = TestWav.Tone(8000, TimeSpan.FromSeconds(0.5));

    private static CancellationToken Ct => TestClients.Ct;

    public enum SeekableKind
    {
        File,
        ExposedMemory,
        Memory,
        Buffered,
    }

    [Theory]
    [InlineData(SeekableKind.File)]
    [InlineData(SeekableKind.ExposedMemory)]
    [InlineData(SeekableKind.Memory)]
    [InlineData(SeekableKind.Buffered)]
    public async Task Seekable_stream_is_read_from_its_position_and_left_there(SeekableKind kind)
    {
        await using var stream = Open(kind);
        stream.Position = 10;

        await using (var upload = await AudioUpload.FromStreamAsync(stream, Ct))
        {
            using var view = upload.OpenView();
            byte[] first = await ReadAllAsync(view);
            view.Position = 0;
            byte[] again = ReadAll(view);

            upload.Length.Should().Be(Audio.Length - 10);
            first.Should().Equal(Audio[10..]);
            again.Should().Equal(first);
            stream.Position.Should().Be(10);
        }

        stream.Position.Should().Be(10);
        stream.CanRead.Should().BeTrue("the caller's stream stays theirs to dispose");
    }

    [Fact]
    public async Task Forward_only_stream_is_spooled_once_to_a_temp_file_deleted_on_dispose()
    {
        var stream = new ForwardOnlyStream(Audio);
        string spooled;

        await using (var upload = await AudioUpload.FromStreamAsync(stream, Ct))
        {
            using var view = upload.OpenView();
            byte[] first = await ReadAllAsync(view);
            using var retry = upload.OpenView();
            byte[] again = ReadAll(retry);

            first.Should().Equal(Audio);
            again.Should().Equal(Audio);
            stream.BytesRead.Should().Be(Audio.Length, "the caller's stream is read once, however often the upload is sent");
            spooled = upload.WholeFile!.Name;
            File.Exists(spooled).Should().BeTrue();
        }

        File.Exists(spooled).Should().BeFalse();
    }

    [Fact]
    public async Task Bytes_are_read_from_their_own_slice()
    {
        byte[] padded = [.. new byte[7], .. Audio, .. new byte[5]];

        await using var upload = AudioUpload.FromBytes(padded.AsMemory(7, Audio.Length));
        using var view = upload.OpenView();

        upload.Length.Should().Be(Audio.Length);
        (await ReadAllAsync(view)).Should().Equal(Audio);
        upload.SniffExtension().Should().Be("wav");
        upload.WholeFile.Should().BeNull();
    }

    [Fact]
    public async Task Only_a_file_read_from_its_start_is_offered_by_path()
    {
        await using var whole = Open(SeekableKind.File);
        await using var partial = Open(SeekableKind.File);
        partial.Position = 4;

        await using var fromStart = await AudioUpload.FromStreamAsync(whole, Ct);
        await using var fromMiddle = await AudioUpload.FromStreamAsync(partial, Ct);

        fromStart.WholeFile.Should().BeSameAs(whole);
        fromMiddle.WholeFile.Should().BeNull();
    }

    private static Stream Open(SeekableKind kind)
    {
        switch (kind)
        {
            case SeekableKind.File:
                string path = Path.GetTempFileName();
                File.WriteAllBytes(path, Audio);
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.DeleteOnClose);
            case SeekableKind.ExposedMemory:
                return new MemoryStream(Audio, 0, Audio.Length, writable: false, publiclyVisible: true);
            case SeekableKind.Memory:
                return new MemoryStream(Audio, writable: false);
            default:
                return new BufferedStream(new MemoryStream(Audio, writable: false), 64);
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, 100, Ct);
        return copy.ToArray();
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy, 100);
        return copy.ToArray();
    }

    /// <summary>A stream that can only be read forward, as a network stream would be, counting the bytes it gave.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public int BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int count = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
