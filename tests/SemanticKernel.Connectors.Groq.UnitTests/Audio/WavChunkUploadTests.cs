using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>A chunk presented as a WAV file of its own, read in place from a source shared with the other chunks.</summary>
public sealed class WavChunkUploadTests
{
    private static readonly GroqAudioChunkingOptions OneSecondChunks =
        GroqAudioChunkingOptions.Default with { ChunkDuration = TimeSpan.FromSeconds(1), Overlap = TimeSpan.FromMilliseconds(250) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<AudioSource> Sources => new(Enum.GetValues<AudioSource>());

    private static async Task<AudioUpload> UploadAsync(byte[] file, Stream? source) =>
        source is null ? AudioUpload.FromBytes(file) : await AudioUpload.FromStreamAsync(source, Ct);

    private static (byte[] File, byte[] Data) RampWav(int sampleRate, TimeSpan duration, int channels = 1, byte[]? fmt = null)
    {
        byte[] data = TestWav.Ramp(sampleRate, duration, channels);
        byte[] file = TestWav.File(fmt ?? TestWav.FormatChunk(channels, sampleRate, 16), data, before: [("LIST", new byte[11])]);
        return (file, data);
    }

    private static (WavFormat Format, IReadOnlyList<AudioChunkPlan> Plan) Prepare(AudioUpload upload, GroqAudioChunkingOptions options)
    {
        using var view = upload.OpenView();
        WavFormat.TryRead(view, out var format).Should().BeTrue();
        return (format!, WavChunkPlanner.Plan(format!, options));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, int bufferSize, bool useAsync)
    {
        using var result = new MemoryStream();
        byte[] buffer = new byte[bufferSize];
        while (true)
        {
            int read = useAsync ? await stream.ReadAsync(buffer, Ct) : stream.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                return result.ToArray();
            }

            result.Write(buffer, 0, read);
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Chunk_is_a_fresh_pcm_header_followed_by_the_exact_source_slice(AudioSource kind)
    {
        var (file, data) = RampWav(8000, TimeSpan.FromSeconds(3.3), channels: 2);
        using var source = AudioSources.Open(file, kind);
        await using var upload = await UploadAsync(file, source);
        var (format, plan) = Prepare(upload, OneSecondChunks);
        plan.Should().HaveCount(5);

        foreach (var chunk in plan)
        {
            await using var chunkUpload = upload.WavChunk(format, chunk);
            using var stream = chunkUpload.OpenView();
            byte[] slice = data.AsSpan((int)chunk.DataStart, (int)chunk.DataLength).ToArray();

            byte[] bytes = await ReadAllAsync(stream, 1000, useAsync: chunk.Index % 2 == 0);

            bytes.Should().Equal(TestWav.File(TestWav.FormatChunk(2, 8000, 16), slice));
            stream.Length.Should().Be(44 + chunk.DataLength);
            chunkUpload.Length.Should().Be(44 + chunk.DataLength);
        }
    }

    [Fact]
    public async Task Chunk_read_as_a_wav_file_has_the_chunks_duration()
    {
        var (file, _) = RampWav(16000, TimeSpan.FromSeconds(2.5));
        await using var upload = AudioUpload.FromBytes(file);
        var (format, plan) = Prepare(upload, OneSecondChunks);

        foreach (var chunk in plan)
        {
            await using var chunkUpload = upload.WavChunk(format, chunk);
            using var stream = chunkUpload.OpenView();

            WavFormat.TryRead(stream, out var chunkFormat).Should().BeTrue();

            chunkFormat!.Duration.Should().Be(chunk.Duration);
            chunkFormat.DataOffset.Should().Be(44);
            chunkFormat.DataLength.Should().Be(chunk.DataLength);
        }
    }

    [Fact]
    public async Task Extensible_source_gives_chunks_with_its_extensible_format_chunk()
    {
        byte[] fmt = TestWav.ExtensibleFormatChunk(2, 8000, 16, channelMask: 3);
        var (file, data) = RampWav(8000, TimeSpan.FromSeconds(2), channels: 2, fmt);
        await using var upload = AudioUpload.FromBytes(file);
        var (format, plan) = Prepare(upload, OneSecondChunks);
        await using var chunkUpload = upload.WavChunk(format, plan[1]);
        using var stream = chunkUpload.OpenView();

        byte[] bytes = await ReadAllAsync(stream, 4096, useAsync: true);

        bytes.Should().Equal(TestWav.File(fmt, data.AsSpan((int)plan[1].DataStart, (int)plan[1].DataLength).ToArray()));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Concurrent_reads_of_several_chunks_of_one_source_give_the_right_bytes(AudioSource kind)
    {
        var (file, data) = RampWav(16000, TimeSpan.FromSeconds(12));
        using var source = AudioSources.Open(file, kind);
        await using var upload = await UploadAsync(file, source);
        var (format, plan) = Prepare(upload, OneSecondChunks);
        plan.Should().HaveCountGreaterThan(10);

        var reads = plan.Select(chunk => Task.Run(
            async () =>
            {
                await using var chunkUpload = upload.WavChunk(format, chunk);
                using var stream = chunkUpload.OpenView();
                return (chunk, bytes: await ReadAllAsync(stream, 333 + chunk.Index, useAsync: chunk.Index % 3 != 0));
            },
            Ct));
        var results = await Task.WhenAll(reads);

        foreach (var (chunk, bytes) in results)
        {
            bytes.AsSpan(44).ToArray().Should().Equal(data.AsSpan((int)chunk.DataStart, (int)chunk.DataLength).ToArray(), $"chunk {chunk.Index}");
        }
    }

    [Fact]
    public async Task Seeking_back_reads_the_same_bytes_again()
    {
        var (file, _) = RampWav(8000, TimeSpan.FromSeconds(2));
        await using var upload = AudioUpload.FromBytes(file);
        var (format, plan) = Prepare(upload, OneSecondChunks);
        await using var chunkUpload = upload.WavChunk(format, plan[1]);
        using var stream = chunkUpload.OpenView();
        byte[] first = await ReadAllAsync(stream, 500, useAsync: true);

        stream.Seek(30, SeekOrigin.Begin);
        byte[] again = await ReadAllAsync(stream, 500, useAsync: false);

        again.Should().Equal(first[30..]);
        stream.Position.Should().Be(stream.Length);
    }

    [Fact]
    public async Task Chunk_view_is_read_only_and_leaves_the_source_open_when_disposed()
    {
        var (file, _) = RampWav(8000, TimeSpan.FromSeconds(2));
        using var source = AudioSources.Open(file, AudioSource.Memory)!;
        await using var upload = await UploadAsync(file, source);
        var (format, plan) = Prepare(upload, OneSecondChunks);
        var stream = upload.WavChunk(format, plan[0]).OpenView();

        stream.CanRead.Should().BeTrue();
        stream.CanSeek.Should().BeTrue();
        stream.CanWrite.Should().BeFalse();
        ((Action)(() => stream.Write([1], 0, 1))).Should().Throw<NotSupportedException>();
        stream.Dispose();

        source.CanRead.Should().BeTrue();
        ((Action)(() => stream.ReadByte())).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public async Task File_that_shrank_after_planning_throws_end_of_stream()
    {
        var (file, _) = RampWav(8000, TimeSpan.FromSeconds(2));
        using var source = (FileStream)AudioSources.Open(file, AudioSource.File)!;
        await using var upload = await UploadAsync(file, source);
        var (format, plan) = Prepare(upload, OneSecondChunks);
        await using var chunkUpload = upload.WavChunk(format, plan[^1]);
        using var stream = chunkUpload.OpenView();
        source.SetLength(source.Length - 100);

        Action act = () => stream.CopyTo(Stream.Null);

        act.Should().Throw<EndOfStreamException>();
    }

    [Fact]
    public async Task Chunk_outside_the_data_is_refused()
    {
        var (file, _) = RampWav(8000, TimeSpan.FromSeconds(2));
        await using var upload = AudioUpload.FromBytes(file);
        var (format, _) = Prepare(upload, OneSecondChunks);

        Action act = () => upload.WavChunk(format, new AudioChunkPlan(0, TimeSpan.Zero, TimeSpan.FromSeconds(3), 0, format.DataLength + 2));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
