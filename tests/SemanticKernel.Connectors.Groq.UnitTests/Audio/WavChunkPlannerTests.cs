using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>Planning chunks: lengths, overlaps, the upload limit, frame and millisecond boundaries, and the last chunk.</summary>
public sealed class WavChunkPlannerTests
{
    private static readonly GroqAudioChunkingOptions TenMinutes = GroqAudioChunkingOptions.Default;

    private static WavFormat Pcm16(int sampleRate, int channels, TimeSpan duration) =>
        new(channels, sampleRate, 16, 44, duration.Ticks * sampleRate / TimeSpan.TicksPerSecond * channels * 2);

    private static TimeSpan End(AudioChunkPlan chunk) => chunk.Offset + chunk.Duration;

    [Fact]
    public void Audio_no_longer_than_a_chunk_is_one_chunk_of_everything()
    {
        var format = Pcm16(16000, 1, TimeSpan.FromMinutes(10));

        var plan = WavChunkPlanner.Plan(format, TenMinutes);

        plan.Should().Equal(new AudioChunkPlan(0, TimeSpan.Zero, TimeSpan.FromMinutes(10), 0, format.DataLength));
    }

    [Fact]
    public void Chunk_k_starts_at_k_times_chunk_minus_overlap()
    {
        var format = Pcm16(16000, 1, TimeSpan.FromMinutes(35));

        var plan = WavChunkPlanner.Plan(format, TenMinutes);

        plan.Select(c => c.Index).Should().Equal(0, 1, 2, 3);
        plan.Select(c => c.Offset.TotalSeconds).Should().Equal(0, 590, 1180, 1770);
        plan.Select(c => c.DataStart).Should().Equal(0, 590 * 32000L, 1180 * 32000L, 1770 * 32000L);
        plan.Take(3).Should().OnlyContain(c => c.Duration == TimeSpan.FromMinutes(10) && c.DataLength == 600 * 32000L);
    }

    [Fact]
    public void Consecutive_chunks_overlap_by_the_configured_overlap()
    {
        var plan = WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(35)), TenMinutes with { Overlap = TimeSpan.FromSeconds(7.5) });

        plan.Zip(plan.Skip(1)).Should().OnlyContain(pair => End(pair.First) - pair.Second.Offset == TimeSpan.FromSeconds(7.5));
    }

    [Fact]
    public void Zero_overlap_makes_chunks_abut()
    {
        var plan = WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(25)), TenMinutes with { Overlap = TimeSpan.Zero });

        plan.Select(c => c.Offset.TotalMinutes).Should().Equal(0, 10, 20);
        plan.Zip(plan.Skip(1)).Should().OnlyContain(pair => End(pair.First) == pair.Second.Offset);
    }

    [Fact]
    public void Last_chunk_ends_at_the_end_of_the_data()
    {
        var format = Pcm16(16000, 1, TimeSpan.FromSeconds(1234.5678));

        var last = WavChunkPlanner.Plan(format, TenMinutes)[^1];

        (last.DataStart + last.DataLength).Should().Be(format.DataLength);
        End(last).Should().Be(format.Duration);
    }

    [Fact]
    public void Chunks_are_shortened_to_whole_seconds_so_header_and_samples_fit_the_upload_limit()
    {
        // 44.1 kHz stereo PCM16 is 176,400 bytes a second: 25 MB holds 148.6 s, not 10 minutes; chunks get 148 s.
        var format = Pcm16(44100, 2, TimeSpan.FromMinutes(12));

        var plan = WavChunkPlanner.Plan(format, TenMinutes);

        plan.Should().OnlyContain(c => c.DataLength + 44 <= TenMinutes.MaxUploadBytes);
        plan[0].Duration.Should().Be(TimeSpan.FromSeconds(148));
        plan[1].Offset.Should().Be(TimeSpan.FromSeconds(138));
        plan.Should().HaveCount(6);
    }

    [Fact]
    public void Boundaries_fall_on_whole_frames_and_whole_milliseconds()
    {
        var format = Pcm16(44100, 2, TimeSpan.FromMinutes(12));

        var plan = WavChunkPlanner.Plan(format, TenMinutes with { ChunkDuration = TimeSpan.FromSeconds(61.2345), Overlap = TimeSpan.FromSeconds(3.3333) });

        plan.Should().OnlyContain(c => c.DataStart % 4 == 0 && c.DataLength % 4 == 0);
        plan.Should().OnlyContain(c => c.Offset.Ticks % TimeSpan.TicksPerMillisecond == 0);
        plan.SkipLast(1).Should().OnlyContain(c => c.Duration.Ticks % TimeSpan.TicksPerMillisecond == 0);
    }

    [Fact]
    public void Boundaries_fall_back_to_whole_frames_when_milliseconds_leave_no_room_for_the_overlap()
    {
        // At a prime rate a whole millisecond is a whole second of frames: 1.5 s chunks would round to 1 s, all overlap.
        var format = Pcm16(7919, 1, TimeSpan.FromSeconds(10));

        var plan = WavChunkPlanner.Plan(format, TenMinutes with { ChunkDuration = TimeSpan.FromSeconds(1.5), Overlap = TimeSpan.FromSeconds(1) });

        plan[0].DataLength.Should().Be(11878 * 2);
        plan[1].DataStart.Should().Be((11878 - 7919) * 2);
        (plan[^1].DataStart + plan[^1].DataLength).Should().Be(format.DataLength);
    }

    [Fact]
    public void Last_chunk_is_at_least_a_second_long_when_the_overlap_would_leave_it_a_sliver()
    {
        var format = Pcm16(16000, 1, TimeSpan.FromMilliseconds(20_005));

        var plan = WavChunkPlanner.Plan(format, TenMinutes with { ChunkDuration = TimeSpan.FromSeconds(10), Overlap = TimeSpan.Zero });

        plan.Select(c => c.Offset.TotalSeconds).Should().Equal(0, 10, 19.005);
        plan[^1].Duration.Should().Be(TimeSpan.FromSeconds(1));
        End(plan[^1]).Should().Be(format.Duration);
    }

    [Fact]
    public void Empty_data_is_one_empty_chunk()
    {
        var plan = WavChunkPlanner.Plan(new WavFormat(1, 16000, 16, 44, 0), TenMinutes);

        plan.Should().Equal(new AudioChunkPlan(0, TimeSpan.Zero, TimeSpan.Zero, 0, 0));
    }

    [Theory]
    [InlineData(30, 30)]
    [InlineData(30, 45)]
    public void Overlap_not_shorter_than_the_chunk_throws_naming_the_overlap(int chunkSeconds, int overlapSeconds)
    {
        var options = TenMinutes with { ChunkDuration = TimeSpan.FromSeconds(chunkSeconds), Overlap = TimeSpan.FromSeconds(overlapSeconds) };

        Action act = () => WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(5)), options);

        act.Should().Throw<ArgumentException>().WithMessage("GroqAudioChunkingOptions.Overlap*must be shorter than the chunk length*");
    }

    [Fact]
    public void Overlap_longer_than_a_chunk_shortened_by_the_upload_limit_throws_naming_both_settings()
    {
        var options = TenMinutes with { MaxUploadBytes = 320_044, Overlap = TimeSpan.FromSeconds(10) };

        Action act = () => WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(5)), options);

        act.Should().Throw<ArgumentException>()
            .WithMessage("GroqAudioChunkingOptions.Overlap*00:00:10*00:00:10*GroqAudioChunkingOptions.MaxUploadBytes (320044 bytes)*");
    }

    [Fact]
    public void Upload_limit_without_room_for_a_frame_throws_naming_max_upload_bytes()
    {
        Action act = () => WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(5)), TenMinutes with { MaxUploadBytes = 45 });

        act.Should().Throw<ArgumentException>().WithMessage("GroqAudioChunkingOptions.MaxUploadBytes (45)*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Chunk_duration_that_is_not_positive_throws_naming_it(int seconds)
    {
        Action act = () => WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(5)), TenMinutes with { ChunkDuration = TimeSpan.FromSeconds(seconds) });

        act.Should().Throw<ArgumentException>().WithMessage("GroqAudioChunkingOptions.ChunkDuration must be positive*");
    }

    [Fact]
    public void Negative_overlap_throws_naming_it()
    {
        Action act = () => WavChunkPlanner.Plan(Pcm16(16000, 1, TimeSpan.FromMinutes(5)), TenMinutes with { Overlap = TimeSpan.FromSeconds(-1) });

        act.Should().Throw<ArgumentException>().WithMessage("GroqAudioChunkingOptions.Overlap must not be negative*");
    }
}
