using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Audio over the upload limit, end to end against the emulator: split, transcribed concurrently, merged. The tone
/// recordings have a known transcript, so a word lost or doubled at a seam fails the test.
/// </summary>
public sealed class LargeAudioOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SpeechToTextOptions Verbose(IProgress<GroqTranscriptionProgress>? progress = null) => new()
    {
        AdditionalProperties = new()
        {
            [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json",
            [GroqSpeechOptionKeys.TimestampGranularities] = new[] { "segment", "word" },
            [GroqSpeechOptionKeys.Progress] = progress,
        },
    };

    [Fact]
    public async Task Chunked_wav_merges_into_exactly_the_transcript_of_the_whole_file()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        int[] tones = ToneWav.Sequence(180);
        byte[] wav = ToneWav.Bytes(16000, tones);
        var chunking = new GroqAudioChunkingOptions
        {
            MaxUploadBytes = 1_000_000, ChunkDuration = TimeSpan.FromSeconds(30), Overlap = TimeSpan.FromSeconds(4), MaxConcurrency = 3,
        };
        using var whole = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator));
        using var chunked = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator)) { Chunking = chunking };
        var reports = new List<GroqTranscriptionProgress>();

        var expected = await whole.GetTextAsync(new MemoryStream(wav), Verbose(), Ct);
        var merged = await chunked.GetTextAsync(new MemoryStream(wav), Verbose(new SynchronousProgress(reports)), Ct);

        merged.Text.Trim().Should().Be(expected.Text.Trim());
        Words(merged).Select(w => w.Word).Should().Equal(ToneWav.Words(tones));
        Words(merged).Should().BeEquivalentTo(Words(expected), o => o.WithStrictOrdering());
        var segments = Segments(merged);
        segments.Select(s => s.Id).Should().Equal(Enumerable.Range(0, segments.Count));
        segments.Zip(segments.Skip(1)).Should().OnlyContain(pair => pair.First.End <= pair.Second.Start, "segments follow each other without overlap");
        string.Join(' ', segments.Select(s => s.Text.Trim()).Where(t => t.Length > 0)).Should().Be(expected.Text.Trim());
        merged.EndTime.Should().Be(TimeSpan.FromSeconds(180));
        merged.AdditionalProperties![GroqMetadataKeys.Chunks].Should().Be(7);

        var uploads = emulator.Requests.Skip(1).ToList();
        uploads.Should().HaveCount(7).And.OnlyContain(r => r.StatusCode == 200 && r.Files.Single().Length <= chunking.MaxUploadBytes);
        uploads.Should().OnlyContain(r => r.Form["response_format"].Single() == "verbose_json");
        reports.Should().StartWith(new GroqTranscriptionProgress(0, 7)).And.EndWith(new GroqTranscriptionProgress(7, 7));
        reports.Select(r => r.ChunksDone).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task Chunked_json_transcript_keeps_only_the_text_the_caller_asked_for()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        int[] tones = ToneWav.Sequence(95);
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator))
        {
            Chunking = new GroqAudioChunkingOptions { MaxUploadBytes = 1_000_000, ChunkDuration = TimeSpan.FromSeconds(30), Overlap = TimeSpan.FromSeconds(6) },
        };

        var response = await client.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, tones)), cancellationToken: Ct);

        response.Text.Trim().Should().Be(string.Join(' ', ToneWav.Words(tones)));
        response.AdditionalProperties.Should().NotContainKey(GroqMetadataKeys.Segments).And.NotContainKey(GroqMetadataKeys.Words);
        emulator.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Two_hour_wav_gives_one_transcript_with_whole_file_timestamps_through_MEAI_and_SK()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        int[] tones = ToneWav.Sequence(2 * 60 * 60);
        string path = ToneWav.File(8000, tones);
        try
        {
            var expectedWords = ToneWav.Words(tones);
            using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator));
            var service = new GroqAudioToTextService("whisper-large-v3-turbo", EmulatorClients.Options(emulator));

            SpeechToTextResponse meai;
            await using (var file = File.OpenRead(path))
            {
                meai = await client.GetTextAsync(file, Verbose(), Ct);
            }

            var sk = (await service.GetTextContentsAsync(
                new AudioContent(new Uri(path)), new GroqAudioToTextExecutionSettings { ResponseFormat = "verbose_json" }, cancellationToken: Ct)).Single();

            var words = Words(meai);
            words.Select(w => w.Word).Should().Equal(expectedWords);
            words[^1].Start.Should().Be(TimeSpan.FromSeconds(7199));
            words[^1].End.Should().Be(TimeSpan.FromSeconds(7200));
            meai.EndTime.Should().Be(TimeSpan.FromHours(2));
            meai.AdditionalProperties![GroqMetadataKeys.Chunks].Should().Be(13, "8 kHz PCM16 fits 10-minute chunks, overlapping by 10 s");
            sk.Text!.Trim().Should().Be(string.Join(' ', expectedWords));
            sk.Metadata![GroqMetadataKeys.Duration].Should().Be(TimeSpan.FromHours(2));
            var skSegments = sk.Metadata[GroqMetadataKeys.Segments].Should().BeAssignableTo<IReadOnlyList<GroqTranscriptionSegment>>().Subject;
            skSegments.Should().HaveCount(1440).And.OnlyContain(s => s.End - s.Start == TimeSpan.FromSeconds(5));
            emulator.Requests.Should().HaveCount(26).And.OnlyContain(r => r.StatusCode == 200);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Compressed_audio_over_the_limit_is_converted_with_ffmpeg_and_chunked()
    {
        string? ffmpeg = FindFfmpeg();
        Assert.SkipWhen(ffmpeg is null, "ffmpeg is not on PATH: the compressed-audio path is not exercised (.ci/run installs it).");
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        int[] tones = [.. Enumerable.Range(0, 60).Select(i => 300 + (20 * i))];
        string wav = ToneWav.File(16000, tones);
        string mp3 = Path.ChangeExtension(wav, ".mp3");
        string decoded = Path.ChangeExtension(wav, ".decoded.wav");
        try
        {
            await RunAsync(ffmpeg!, $"-nostdin -loglevel error -i \"{wav}\" -c:a libmp3lame -b:a 128k -y \"{mp3}\"");
            await RunAsync(ffmpeg!, $"-nostdin -loglevel error -i \"{mp3}\" -ac 1 -ar 16000 -c:a pcm_s16le -y \"{decoded}\"");
            // About 960 KB of MP3 and 470 KB as FLAC: both over the limit, so it becomes 16 kHz WAV in chunks of 12 s.
            const long Limit = 400_000;
            new FileInfo(mp3).Length.Should().BeGreaterThan(Limit);
            using var whole = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator));
            using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator))
            {
                Chunking = new GroqAudioChunkingOptions { MaxUploadBytes = Limit, Overlap = TimeSpan.FromSeconds(2) },
            };

            SpeechToTextResponse expected, response;
            await using (var file = File.OpenRead(decoded))
            {
                expected = await whole.GetTextAsync(file, Verbose(), Ct);
            }

            emulator.ClearRequests();
            await using (var file = File.OpenRead(mp3))
            {
                response = await client.GetTextAsync(file, Verbose(), Ct);
            }

            response.EndTime.Should().Be(expected.EndTime);
            Words(response).Should().BeEquivalentTo(Words(expected), o => o.WithStrictOrdering());
            response.Text.Trim().Should().Be(expected.Text.Trim());
            emulator.Requests.Should().HaveCountGreaterThan(1).And.OnlyContain(r => r.Files.Single().FileName.EndsWith(".wav", StringComparison.Ordinal));
            emulator.Requests.Should().OnlyContain(r => r.Files.Single().Length <= Limit);
        }
        finally
        {
            File.Delete(wav);
            File.Delete(mp3);
            File.Delete(decoded);
        }
    }

    [Fact]
    public async Task Compressed_audio_over_the_limit_with_a_missing_ffmpeg_throws_naming_the_setting_and_sends_nothing()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator))
        {
            Chunking = new GroqAudioChunkingOptions { MaxUploadBytes = 1000, FfmpegPath = "/nonexistent/ffmpeg" },
        };
        var mp3 = new byte[5000];
        "ID3"u8.CopyTo(mp3);

        Func<Task> act = () => client.GetTextAsync(new MemoryStream(mp3), cancellationToken: Ct);

        (await act.Should().ThrowAsync<FileNotFoundException>()).WithMessage("*FfmpegPath*/nonexistent/ffmpeg*");
        emulator.Requests.Should().BeEmpty();
    }

    private static IReadOnlyList<GroqTranscriptionWord> Words(SpeechToTextResponse response) =>
        (IReadOnlyList<GroqTranscriptionWord>)response.AdditionalProperties![GroqMetadataKeys.Words]!;

    private static IReadOnlyList<GroqTranscriptionSegment> Segments(SpeechToTextResponse response) =>
        (IReadOnlyList<GroqTranscriptionSegment>)response.AdditionalProperties![GroqMetadataKeys.Segments]!;

    private static string? FindFfmpeg() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "ffmpeg"))
            .FirstOrDefault(File.Exists);

    private static async Task RunAsync(string exe, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(exe, arguments) { RedirectStandardError = true })!;
        string errors = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        process.ExitCode.Should().Be(0, errors);
    }

    /// <summary>Records reports on the reporting thread, unlike <see cref="Progress{T}"/>, which posts them later.</summary>
    private sealed class SynchronousProgress(List<GroqTranscriptionProgress> reports) : IProgress<GroqTranscriptionProgress>
    {
        public void Report(GroqTranscriptionProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
