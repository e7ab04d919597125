using System.Text;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Reading RIFF/WAVE headers: what is splittable PCM, what is not WAV, and what is a broken WAV.</summary>
public sealed class WavFormatTests
{
    private static WavFormat Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        WavFormat.TryRead(stream, out var format).Should().BeTrue();
        return format!;
    }

    [Fact]
    public void Pcm16_mono_header_gives_layout_and_duration()
    {
        var format = Read(TestWav.Tone(16000, TimeSpan.FromSeconds(2)));

        format.Channels.Should().Be(1);
        format.SampleRate.Should().Be(16000);
        format.BitsPerSample.Should().Be(16);
        format.BlockAlign.Should().Be(2);
        format.DataOffset.Should().Be(44);
        format.DataLength.Should().Be(64000);
        format.Duration.Should().Be(TimeSpan.FromSeconds(2));
        format.ExtensibleFormatChunk.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Pcm16_stereo_header_gives_four_byte_frames()
    {
        var format = Read(TestWav.Tone(44100, TimeSpan.FromSeconds(1), channels: 2));

        format.Channels.Should().Be(2);
        format.BlockAlign.Should().Be(4);
        format.DataLength.Should().Be(44100 * 4);
        format.Duration.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(24)]
    [InlineData(32)]
    public void Other_integer_sample_sizes_are_read(int bits)
    {
        byte[] data = new byte[8000 * 2 * (bits / 8)];
        var format = Read(TestWav.File(TestWav.FormatChunk(2, 8000, bits), data));

        format.BitsPerSample.Should().Be(bits);
        format.BlockAlign.Should().Be(2 * bits / 8);
        format.Duration.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Extensible_pcm_header_is_read_and_its_format_chunk_kept()
    {
        byte[] fmt = TestWav.ExtensibleFormatChunk(6, 48000, 24, channelMask: 0x3F);
        var format = Read(TestWav.File(fmt, new byte[48000 * 18]));

        format.Channels.Should().Be(6);
        format.BitsPerSample.Should().Be(24);
        format.BlockAlign.Should().Be(18);
        format.DataOffset.Should().Be(12 + 8 + 40 + 8);
        format.Duration.Should().Be(TimeSpan.FromSeconds(1));
        format.ExtensibleFormatChunk.ToArray().Should().Equal(fmt);
    }

    [Fact]
    public void List_chunk_of_odd_size_before_data_is_skipped_with_its_pad_byte()
    {
        byte[] data = TestWav.Ramp(16000, TimeSpan.FromSeconds(1));
        byte[] file = TestWav.File(
            TestWav.FormatChunk(1, 16000, 16), data, before: [("LIST", Encoding.ASCII.GetBytes("INFOISFT")), ("junk", new byte[5])]);

        var format = Read(file);

        format.DataOffset.Should().Be(12 + 24 + 16 + 14 + 8);
        format.DataLength.Should().Be(data.Length);
        file.AsSpan((int)format.DataOffset, data.Length).ToArray().Should().Equal(data);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFFFFFFu)]
    public void Streamed_data_size_means_to_the_end_of_the_stream(uint declared)
    {
        var format = Read(TestWav.File(TestWav.FormatChunk(1, 16000, 16), new byte[32000], declaredDataSize: declared));

        format.DataLength.Should().Be(32000);
        format.Duration.Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Rf64_data_size_comes_from_the_ds64_chunk()
    {
        byte[] file = TestWav.File(
            TestWav.FormatChunk(1, 16000, 16), new byte[32000 + 100], declaredDataSize: uint.MaxValue, riff: "RF64",
            before: [("ds64", TestWav.Ds64(riffSize: 0, dataSize: 32000, sampleCount: 16000))]);

        var format = Read(file);

        format.DataLength.Should().Be(32000);
    }

    [Fact]
    public void Data_declared_longer_than_the_file_is_cut_to_whole_frames_that_are_there()
    {
        byte[] file = TestWav.File(TestWav.FormatChunk(2, 16000, 16), new byte[4001], declaredDataSize: 64000);

        Read(file).DataLength.Should().Be(4000);
    }

    [Fact]
    public void Reading_starts_at_the_stream_position_and_puts_it_back()
    {
        byte[] wav = TestWav.Silence(16000, TimeSpan.FromSeconds(1));
        using var stream = new MemoryStream([.. new byte[100], .. wav]);
        stream.Position = 100;

        WavFormat.TryRead(stream, out var format).Should().BeTrue();

        format!.DataOffset.Should().Be(144);
        stream.Position.Should().Be(100);
    }

    public static TheoryData<string, byte[]> NotWav => new()
    {
        { "empty", [] },
        { "shorter than a RIFF header", "RIFF"u8.ToArray() },
        { "mp3 with an ID3 tag", [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "RIFF but AVI", [.. "RIFF"u8, 0, 0, 0, 0, .. "AVI LIST"u8, 0, 0, 0, 0] },
        { "IEEE float WAV", TestWav.File(TestWav.FormatChunk(1, 16000, 32, tag: 3), new byte[64]) },
        { "extensible float WAV", TestWav.File(TestWav.ExtensibleFormatChunk(2, 48000, 32, 3, subFormat: 3), new byte[64]) },
        { "A-law WAV", TestWav.File(TestWav.FormatChunk(1, 8000, 8, tag: 6), new byte[64]) },
    };

    [Theory]
    [MemberData(nameof(NotWav))]
    public void Audio_that_is_not_integer_pcm_wav_gives_false(string what, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);

        WavFormat.TryRead(stream, out var format).Should().BeFalse(what);

        format.Should().BeNull();
        stream.Position.Should().Be(0);
    }

    [Theory]
    [InlineData(16, "header is truncated")]
    [InlineData(30, "truncated")]
    [InlineData(40, "truncated")]
    public void Header_cut_short_throws_invalid_data(int length, string message)
    {
        byte[] file = TestWav.Silence(16000, TimeSpan.FromSeconds(1))[..length];
        using var stream = new MemoryStream(file);

        Action act = () => WavFormat.TryRead(stream, out _);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Missing_data_chunk_throws_invalid_data()
    {
        byte[] file = TestWav.Silence(16000, TimeSpan.FromSeconds(1));
        "LIST"u8.CopyTo(file.AsSpan(36));
        using var stream = new MemoryStream(file);

        Action act = () => WavFormat.TryRead(stream, out _);

        act.Should().Throw<InvalidDataException>().WithMessage("*ends before a 'data' chunk*");
    }

    [Fact]
    public void Chunk_claiming_more_bytes_than_the_file_holds_throws_invalid_data()
    {
        byte[] file = TestWav.File(TestWav.FormatChunk(1, 16000, 16), new byte[64], before: [("LIST", new byte[4])]);
        file[40] = 0xFF;
        using var stream = new MemoryStream(file);

        Action act = () => WavFormat.TryRead(stream, out _);

        act.Should().Throw<InvalidDataException>().WithMessage("The WAV file's 'LIST' chunk claims 255 bytes but the file ends first*");
    }

    [Fact]
    public void Data_before_fmt_throws_invalid_data()
    {
        byte[] file = [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8, .. "data"u8, 4, 0, 0, 0, 1, 2, 3, 4];
        using var stream = new MemoryStream(file);

        Action act = () => WavFormat.TryRead(stream, out _);

        act.Should().Throw<InvalidDataException>().WithMessage("*'data' chunk comes before its 'fmt '*");
    }

    [Theory]
    [InlineData(1, 16000, 16, 3, "block align is 3 bytes*")]
    [InlineData(0, 16000, 16, 0, "*0 channels*")]
    [InlineData(1, 0, 16, 2, "*sample rate of 0 Hz*")]
    [InlineData(1, 16000, 12, 2, "*12-bit samples*")]
    public void Inconsistent_format_chunk_throws_invalid_data(int channels, int rate, int bits, int blockAlign, string message)
    {
        using var stream = new MemoryStream(TestWav.File(TestWav.FormatChunk(channels, rate, bits, blockAlign: blockAlign), new byte[64]));

        Action act = () => WavFormat.TryRead(stream, out _);

        act.Should().Throw<InvalidDataException>().WithMessage($"*{message}");
    }

    [Fact]
    public void Stream_that_cannot_seek_is_refused()
    {
        using var stream = new NonSeekableStream(TestWav.Silence(16000, TimeSpan.FromSeconds(1)));

        Action act = () => WavFormat.TryRead(stream, out _);

        act.Should().Throw<ArgumentException>().WithMessage("*seekable*");
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
