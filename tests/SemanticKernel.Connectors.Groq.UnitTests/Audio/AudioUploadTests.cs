using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>How an upload reads the caller's audio: in place, without moving their stream, and a forward-only stream once.</summary>
public sealed class AudioUploadTests
{
    private static readonly byte[] Audio = TestWav.Tone(8000, TimeSpan.FromSeconds(0.5));

    private static CancellationToken Ct => TestClients.Ct;

    [Theory]
    [InlineData(AudioSource.File)]
    [InlineData(AudioSource.ExposedMemory)]
    [InlineData(AudioSource.Memory)]
    [InlineData(AudioSource.Buffered)]
    public async Task Seekable_stream_is_read_from_its_position_and_left_there(AudioSource kind)
    {
        await using var stream = AudioSources.Open(Audio, kind)!;
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
            stream.Position.Should().Be(Audio.Length, "the caller's stream is read once, however often the upload is sent");
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
        await using var whole = AudioSources.Open(Audio, AudioSource.File)!;
        await using var partial = AudioSources.Open(Audio, AudioSource.File)!;
        partial.Position = 4;

        await using var fromStart = await AudioUpload.FromStreamAsync(whole, Ct);
        await using var fromMiddle = await AudioUpload.FromStreamAsync(partial, Ct);

        fromStart.WholeFile.Should().BeSameAs(whole);
        fromMiddle.WholeFile.Should().BeNull();
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

    /// <summary>A stream that can only be read forward, as a network stream would be; its position tells how much was read.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
