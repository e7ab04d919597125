using System.Diagnostics;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Audio;
using SemanticKernel.Connectors.Groq.Audio.AudioChunking;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>
/// Finding ffmpeg and running it: against stand-in shell scripts (Unix) for arguments, temp files, errors and
/// cancellation, and against the real ffmpeg when it is on PATH.
/// </summary>
public sealed class FfmpegAudioConverterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("groq-ffmpeg-tests-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Script(string name, string body)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("The stand-in ffmpeg is a shell script.");
        }
        else
        {
            File.WriteAllText(Path.Combine(_directory, name), "#!/bin/sh\nPATH=\"$PATH:/usr/bin:/bin\"\n" + body + "\n");
            File.SetUnixFileMode(Path.Combine(_directory, name), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return Path.Combine(_directory, name);
    }

    // Records its arguments and a copy of its input, and writes "converted" where the output should go.
    private string RecordingFfmpeg() => Script("ffmpeg", $$"""
        printf '%s\n' "$@" > '{{_directory}}/args'
        previous=''
        for argument; do
          if [ "$previous" = '-i' ]; then cp "${argument#file:}" '{{_directory}}/input'; fi
          previous="$argument"
        done
        printf 'converted' > "${previous#file:}"
        """);

    private static string RealFfmpeg()
    {
        string? ffmpeg = FfmpegAudioConverter.Locate(null);
        if (ffmpeg is null)
        {
            const string Reason = "ffmpeg is not on PATH; install it to run the real conversion tests.";
            TestContext.Current.TestOutputHelper?.WriteLine(Reason);
            Assert.Skip(Reason);
        }

        return ffmpeg;
    }

    [Fact]
    public void Ffmpeg_is_found_on_the_given_path()
    {
        string ffmpeg = Script("ffmpeg", "exit 0");
        string elsewhere = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;

        FfmpegAudioConverter.Locate(null, string.Join(Path.PathSeparator, elsewhere, _directory)).Should().Be(ffmpeg);
    }

    [Fact]
    public void No_ffmpeg_on_the_path_gives_null()
    {
        File.WriteAllText(Path.Combine(_directory, "ffmpeg"), "not executable");

        FfmpegAudioConverter.Locate(null, _directory).Should().BeNull();
        FfmpegAudioConverter.Locate(null, null).Should().BeNull();
    }

    [Fact]
    public void Configured_path_or_bare_name_is_used()
    {
        string custom = Script("ffmpeg7", "exit 0");

        FfmpegAudioConverter.Locate(custom, null).Should().Be(custom);
        FfmpegAudioConverter.Locate("ffmpeg7", _directory).Should().Be(custom);
    }

    [Theory]
    [InlineData("/no/such/dir/ffmpeg", "*FfmpegPath*'/no/such/dir/ffmpeg'*no such executable.")]
    [InlineData("ffmpeg-missing", "*FfmpegPath*'ffmpeg-missing'*no such executable on PATH.")]
    public void Configured_ffmpeg_that_is_not_there_throws_naming_the_setting(string configured, string message)
    {
        Action act = () => FfmpegAudioConverter.Locate(configured, _directory);

        act.Should().Throw<FileNotFoundException>().WithMessage(message);
    }

    [Fact]
    public async Task Stream_is_spooled_to_a_temp_file_and_converted_with_the_16k_mono_flac_arguments()
    {
        string ffmpeg = RecordingFfmpeg();
        byte[] audio = [1, 2, 3, 4, 5];
        using var source = new MemoryStream(audio);

        await using var flac = await FfmpegAudioConverter.ToFlac16kMonoAsync(ffmpeg, source, Ct);

        string[] args = File.ReadAllLines(Path.Combine(_directory, "args"));
        string input = args[5]["file:".Length..];
        args.Should().Equal(
            "-nostdin", "-hide_banner", "-loglevel", "error", "-i", "file:" + input,
            "-vn", "-ac", "1", "-ar", "16000", "-c:a", "flac", "-f", "flac", "-y", "file:" + flac.Path);
        File.ReadAllBytes(Path.Combine(_directory, "input")).Should().Equal(audio);
        File.Exists(input).Should().BeFalse("the spooled input is deleted once ffmpeg is done");
        flac.Path.Should().EndWith(".flac");
        flac.Length.Should().Be("converted".Length);
    }

    [Fact]
    public async Task File_stream_at_its_start_is_read_from_its_own_path_and_wav_arguments_allow_rf64()
    {
        string ffmpeg = RecordingFfmpeg();
        string path = Path.Combine(_directory, "speech.m4a");
        await File.WriteAllBytesAsync(path, [9, 9, 9], Ct);
        using var source = File.OpenRead(path);

        await using var wav = await FfmpegAudioConverter.ToWav16kMonoAsync(ffmpeg, source, Ct);

        string[] args = File.ReadAllLines(Path.Combine(_directory, "args"));
        args[5].Should().Be("file:" + path);
        args[11..^2].Should().Equal("-c:a", "pcm_s16le", "-rf64", "auto", "-f", "wav");
        using (var converted = wav.OpenRead())
        {
            new StreamReader(converted).ReadToEnd().Should().Be("converted");
        }

        File.Exists(path).Should().BeTrue();
    }

    [Fact]
    public async Task Converted_file_is_deleted_when_disposed()
    {
        string ffmpeg = RecordingFfmpeg();
        using var source = new MemoryStream([1]);
        var flac = await FfmpegAudioConverter.ToFlac16kMonoAsync(ffmpeg, source, Ct);
        File.Exists(flac.Path).Should().BeTrue();

        await flac.DisposeAsync();

        File.Exists(flac.Path).Should().BeFalse();
    }

    [Fact]
    public async Task Failure_throws_with_the_exit_code_and_a_trimmed_error_output_and_leaves_no_output_file()
    {
        string ffmpeg = Script("ffmpeg", $$"""
            for argument; do last="$argument"; done
            printf 'partial' > "${last#file:}"
            echo "${last#file:}" > '{{_directory}}/output'
            for i in $(seq 1 20); do echo "error line $i" >&2; done
            exit 3
            """);
        using var source = new MemoryStream([1]);

        Func<Task> act = () => FfmpegAudioConverter.ToFlac16kMonoAsync(ffmpeg, source, Ct);

        string message = (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message;
        message.Should().StartWith("ffmpeg failed converting the audio (exit code 3):");
        message.Split(Environment.NewLine)[1..].Should().Equal(
            "error line 1", "error line 2", "error line 3", "error line 4", "… (12 more lines)",
            "error line 17", "error line 18", "error line 19", "error line 20");
        File.Exists(File.ReadAllText(Path.Combine(_directory, "output")).Trim()).Should().BeFalse();
    }

    [Fact]
    public async Task Cancellation_kills_ffmpeg()
    {
        string pidFile = Path.Combine(_directory, "pid");
        string ffmpeg = Script("ffmpeg", $"echo $$ > '{pidFile}'\nexec sleep 30");
        using var source = new MemoryStream([1]);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var conversion = FfmpegAudioConverter.ToWav16kMonoAsync(ffmpeg, source, cancellation.Token);
        while (!File.Exists(pidFile) || new FileInfo(pidFile).Length == 0)
        {
            await Task.Delay(20, Ct);
        }

        var stopwatch = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        Func<Task> act = () => conversion;

        await act.Should().ThrowAsync<OperationCanceledException>();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        int pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Directory.Exists($"/proc/{pid}").Should().BeFalse("the killed ffmpeg is gone");
    }

    [Fact]
    public async Task Real_ffmpeg_converts_a_stereo_44k_tone_to_16k_mono_wav_that_can_be_split()
    {
        string ffmpeg = RealFfmpeg();
        using var source = new MemoryStream(TestWav.Tone(44100, TimeSpan.FromSeconds(3), channels: 2));

        await using var wav = await FfmpegAudioConverter.ToWav16kMonoAsync(ffmpeg, source, Ct);

        using var converted = wav.OpenRead();
        WavFormat.TryRead(converted, out var format).Should().BeTrue();
        format!.Channels.Should().Be(1);
        format.SampleRate.Should().Be(16000);
        format.BitsPerSample.Should().Be(16);
        format.Duration.Should().BeCloseTo(TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task Real_ffmpeg_reads_chunks_cut_from_its_own_wav_as_valid_wav_files()
    {
        string ffmpeg = RealFfmpeg();
        using var source = new MemoryStream(TestWav.Tone(22050, TimeSpan.FromSeconds(5), channels: 2));
        await using var wav = await FfmpegAudioConverter.ToWav16kMonoAsync(ffmpeg, source, Ct);
        using var converted = wav.OpenRead();
        WavFormat.TryRead(converted, out var format).Should().BeTrue();
        await using var upload = await AudioUpload.FromStreamAsync(converted, Ct);
        var options = GroqAudioChunkingOptions.Default with { ChunkDuration = TimeSpan.FromSeconds(2), Overlap = TimeSpan.FromSeconds(0.5) };

        foreach (var chunk in WavChunkPlanner.Plan(format!, options))
        {
            await using var chunkUpload = upload.WavChunk(format!, chunk);
            using var chunkStream = chunkUpload.OpenView();
            await using var again = await FfmpegAudioConverter.ToWav16kMonoAsync(ffmpeg, chunkStream, Ct);
            using var againStream = again.OpenRead();

            WavFormat.TryRead(againStream, out var chunkFormat).Should().BeTrue();
            chunkFormat!.Duration.Should().Be(chunk.Duration);
        }
    }

    [Fact]
    public async Task Real_ffmpeg_converts_a_tone_to_16k_mono_flac()
    {
        string ffmpeg = RealFfmpeg();
        byte[] tone = TestWav.Tone(44100, TimeSpan.FromSeconds(3), channels: 2);
        using var source = new MemoryStream(tone);

        await using var flac = await FfmpegAudioConverter.ToFlac16kMonoAsync(ffmpeg, source, Ct);

        byte[] bytes = await File.ReadAllBytesAsync(flac.Path, Ct);
        bytes.AsSpan(0, 4).ToArray().Should().Equal("fLaC"u8.ToArray());
        bytes.Length.Should().BeLessThan(tone.Length / 4);
    }

    [Fact]
    public async Task Real_ffmpeg_failure_on_data_that_is_not_audio_carries_its_error()
    {
        string ffmpeg = RealFfmpeg();
        using var source = new MemoryStream("this is not audio at all, just some text"u8.ToArray());

        Func<Task> act = () => FfmpegAudioConverter.ToFlac16kMonoAsync(ffmpeg, source, Ct);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("ffmpeg failed converting the audio (exit code *):*?*");
    }
}
