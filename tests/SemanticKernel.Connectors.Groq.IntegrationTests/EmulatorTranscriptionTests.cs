using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using static SemanticKernel.Connectors.Groq.IntegrationTests.Support.EmulatorAudioHttp;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's transcription and translation endpoints, spoken to with raw HTTP: the emulated Whisper's results and response shapes, request recording, headers and scripted responses.</summary>
public sealed class EmulatorTranscriptionTests
{
    // Copied from ../shared/fixtures/recorded/groq-transcription.json and groq-transcription-text.json (real Groq responses).
    private const string RecordedJson = """
        {
          "text": " Hello from the Versal AISDK.",
          "x_groq": {
            "id": "req_01kha51bpcezj8q824a6zfchr1"
          }
        }
        """;

    private const string RecordedTextContentType = "text/plain; charset=UTF-8";
    private const string RecordedTextBody = " Hello from the Versal AISDK.";

    private static readonly (double Seconds, double Hz, double Amplitude)[] TonesAndSilence =
    [
        (2, 440, 0.5), (1, 880, 0.5), (1, 0, 0), (1, 440, 0.005), (5, 0, 0), (0.5, 440, 0.5),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verbose_json_of_tones_and_silence_has_exact_duration_words_segments_and_text()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = PcmWav.Bytes(16000, 1, extensible: false, TonesAndSilence);

        var (status, json) = await TranscribeJsonAsync(
            emulator,
            wav,
            ("model", Whisper), ("response_format", "verbose_json"), ("timestamp_granularities[]", "segment"), ("timestamp_granularities[]", "word"));

        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("task").GetString().Should().Be("transcribe");
        json.GetProperty("language").GetString().Should().Be("English");
        json.GetProperty("duration").GetDouble().Should().Be(10.5);
        json.GetProperty("text").GetString().Should().Be(" tone440 tone440 tone880 tone440");
        Words(json).Should().Equal(("tone440", 0, 1), ("tone440", 1, 2), ("tone880", 2, 3), ("tone440", 10, 10.5));
        var segments = json.GetProperty("segments").EnumerateArray().ToList();
        segments.Select(s => (s.GetProperty("id").GetInt32(), s.GetProperty("seek").GetInt32(), s.GetProperty("start").GetDouble(), s.GetProperty("end").GetDouble(), s.GetProperty("text").GetString()))
            .Should().Equal((0, 0, 0, 5, " tone440 tone440 tone880"), (1, 500, 5, 10, ""), (2, 1000, 10, 10.5, " tone440"));
        segments.Select(s => s.GetProperty("tokens").GetArrayLength()).Should().Equal(3, 0, 1);
        segments.Select(s => s.GetProperty("avg_logprob").GetDouble()).Should().Equal(-0.15, -0.9, -0.15);
        segments.Select(s => s.GetProperty("no_speech_prob").GetDouble()).Should().Equal(0.02, 0.96, 0.02);
        segments.Should().AllSatisfy(s =>
        {
            s.GetProperty("temperature").GetDouble().Should().Be(0);
            s.GetProperty("compression_ratio").GetDouble().Should().Be(1.6);
        });
    }

    [Fact]
    public async Task Stereo_extensible_wav_at_44100_hz_with_extra_chunks_is_decoded()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = PcmWav.Bytes(44100, 2, extensible: true, (1, 1000, 0.5), (1, 0, 0), (1.25, 250, 0.5));

        var (status, json) = await TranscribeJsonAsync(emulator, wav, ("model", "whisper-large-v3-turbo"), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"));

        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("duration").GetDouble().Should().Be(3.25);
        json.GetProperty("text").GetString().Should().Be(" tone1000 tone250 tone250");
        Words(json).Should().Equal(("tone1000", 0, 1), ("tone250", 2, 3), ("tone250", 3, 3.25));
        json.GetProperty("segments").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Json_response_has_the_recorded_shape_and_x_groq_id_equals_the_request_id()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var recorded = JsonDocument.Parse(RecordedJson);

        using var response = await PostFormAsync(emulator, Transcriptions, ("a.wav", ToneWav.Bytes(16000, 440)), ("model", Whisper));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        Shape(json.RootElement).Should().Equal(Shape(recorded.RootElement));
        json.RootElement.GetProperty("text").GetString().Should().Be(" tone440");
        json.RootElement.GetProperty("x_groq").GetProperty("id").GetString().Should().Be(response.Headers.GetValues("x-request-id").Single());
    }

    [Fact]
    public async Task Text_response_is_the_bare_text_like_the_recording()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostFormAsync(emulator, Transcriptions, ("a.wav", PcmWav.Bytes(16000, 1, extensible: false, TonesAndSilence)), ("model", Whisper), ("response_format", "text"));
        var body = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(RecordedTextContentType);
        body.Should().Be(" tone440 tone440 tone880 tone440");
        RecordedTextBody.Should().StartWith(" ").And.NotEndWith("\n", "the recording has Whisper's leading space and no trailing newline");
    }

    [Fact]
    public async Task Verbose_json_keys_extend_the_recorded_json_keys_in_groq_order()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var recorded = JsonDocument.Parse(RecordedJson);

        var (_, plain) = await TranscribeJsonAsync(emulator, ToneWav.Bytes(16000, [.. Enumerable.Repeat(440, 6)]), ("model", Whisper), ("response_format", "verbose_json"));
        var (_, withWords) = await TranscribeJsonAsync(emulator, ToneWav.Bytes(16000, 440), ("model", Whisper), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment"));

        var keys = plain.EnumerateObject().Select(p => p.Name).ToList();
        keys.Should().Equal("task", "language", "duration", "text", "segments", "x_groq");
        keys.Where(key => recorded.RootElement.TryGetProperty(key, out _)).Should().Equal(recorded.RootElement.EnumerateObject().Select(p => p.Name));
        Shape(plain.GetProperty("x_groq")).Should().Equal(Shape(recorded.RootElement.GetProperty("x_groq")));
        plain.GetProperty("segments")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "seek", "start", "end", "text", "tokens", "temperature", "avg_logprob", "compression_ratio", "no_speech_prob");
        withWords.EnumerateObject().Select(p => p.Name).Should().Equal("task", "language", "duration", "text", "segments", "words", "x_groq");
        withWords.GetProperty("words")[0].EnumerateObject().Select(p => p.Name).Should().Equal("word", "start", "end");
    }

    [Fact]
    public async Task Translation_reports_translate_in_english_and_transcription_names_the_language()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = ToneWav.Bytes(16000, 440);

        var (_, translation) = await PostJsonAsync(emulator, Translations, ("a.wav", wav), ("model", Whisper), ("response_format", "verbose_json"), ("temperature", "0.4"));
        var (_, french) = await TranscribeJsonAsync(emulator, wav, ("model", Whisper), ("response_format", "verbose_json"), ("language", "fr"));

        translation.GetProperty("task").GetString().Should().Be("translate");
        translation.GetProperty("language").GetString().Should().Be("English");
        translation.GetProperty("text").GetString().Should().Be(" tone440");
        translation.GetProperty("segments")[0].GetProperty("temperature").GetDouble().Should().Be(0.4);
        french.GetProperty("task").GetString().Should().Be("transcribe");
        french.GetProperty("language").GetString().Should().Be("French");
    }

    [Fact]
    public async Task Undecodable_audio_is_named_in_the_text_and_lasts_its_bytes_over_16000()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var mp3 = new byte[40000];

        var (_, transcription) = await PostJsonAsync(emulator, Transcriptions, ("clip.mp3", mp3), ("model", Whisper), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment"));
        var (_, translation) = await PostJsonAsync(emulator, Translations, ("clip.mp3", mp3), ("model", Whisper));

        transcription.GetProperty("text").GetString().Should().Be(" Emulated transcription of clip.mp3");
        transcription.GetProperty("duration").GetDouble().Should().Be(2.5);
        transcription.GetProperty("segments").GetArrayLength().Should().Be(1);
        transcription.GetProperty("segments")[0].GetProperty("end").GetDouble().Should().Be(2.5);
        Words(transcription).Select(w => w.Word).Should().Equal("Emulated", "transcription", "of", "clip.mp3");
        Words(transcription).Last().End.Should().Be(2.5);
        translation.GetProperty("text").GetString().Should().Be(" Emulated translation of clip.mp3");
    }

    [Fact]
    public async Task Url_input_is_named_in_the_text_and_lasts_10_seconds()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, json) = await PostJsonAsync(emulator, Transcriptions, null, ("model", Whisper), ("url", "https://example.com/talk.mp3"), ("response_format", "verbose_json"));

        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("text").GetString().Should().Be(" Emulated transcription of https://example.com/talk.mp3");
        json.GetProperty("duration").GetDouble().Should().Be(10);
        emulator.Requests.Single().Files.Should().BeEmpty();
    }

    [Fact]
    public async Task Multipart_requests_record_form_fields_in_order_and_file_hashes_not_bytes()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = ToneWav.Bytes(16000, 440);

        await PostJsonAsync(
            emulator,
            Transcriptions,
            ("speech.wav", wav),
            ("model", Whisper), ("language", "en"), ("timestamp_granularities[]", "word"), ("response_format", "verbose_json"), ("timestamp_granularities[]", "segment"));

        var recorded = emulator.Requests.Single();
        recorded.StatusCode.Should().Be(200);
        recorded.Body.Should().BeEmpty();
        recorded.Json.Should().BeNull();
        recorded.ContentType.Should().StartWith("multipart/form-data");
        recorded.Form.Keys.Should().Equal("model", "language", "timestamp_granularities[]", "response_format");
        recorded.Form["timestamp_granularities[]"].Should().Equal("word", "segment");
        recorded.Form["model"].Should().Equal(Whisper);
        var file = recorded.Files.Single();
        file.Name.Should().Be("file");
        file.FileName.Should().Be("speech.wav");
        file.ContentType.Should().Be("audio/wav");
        file.Length.Should().Be(wav.Length);
        file.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(wav)));
    }

    [Fact]
    public async Task Every_audio_answer_carries_the_request_id_and_rate_limit_headers()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = ToneWav.Bytes(16000, 440);

        using var ok = await PostFormAsync(emulator, Transcriptions, ("a.wav", wav), ("model", Whisper));
        using var invalid = await PostFormAsync(emulator, Translations, ("a.wav", wav), ("model", "whisper-large-v3-turbo"));
        using var speech = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Hi","voice":"troy"}""");

        foreach (var response in new[] { ok, invalid, speech })
        {
            response.Headers.GetValues("x-request-id").Single().Should().MatchRegex("^req_[a-z0-9]{26}$");
            response.Headers.GetValues("x-ratelimit-limit-requests").Single().Should().Be("14400");
            response.Headers.GetValues("x-ratelimit-remaining-tokens").Single().Should().MatchRegex(@"^\d+$");
            response.Headers.GetValues("x-ratelimit-reset-requests").Single().Should().MatchRegex(@"^(\d+m)?\d+(\.\d+)?m?s$");
        }
    }

    [Fact]
    public async Task Scripted_responses_apply_to_audio_requests()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = ToneWav.Bytes(16000, 440, 440);
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limit reached for model `whisper-large-v3`", "tokens", "rate_limit_exceeded").WithHeader("retry-after", "7"));
        emulator.Enqueue(EmulatorResponse.Error(500, "Internal Server Error", "internal_server_error"));
        emulator.Enqueue(EmulatorResponse.Text("Scripted words here").WithDelay(TimeSpan.FromMilliseconds(200)));
        emulator.Enqueue(EmulatorResponse.RawBody(200, "not json"));

        using var limited = await PostFormAsync(emulator, Transcriptions, ("a.wav", wav), ("model", Whisper));
        using var failed = await PostFormAsync(emulator, Translations, ("a.wav", wav), ("model", Whisper));
        var watch = Stopwatch.StartNew();
        var (_, scripted) = await PostJsonAsync(emulator, Transcriptions, ("a.wav", wav), ("model", Whisper), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"));
        var elapsed = watch.Elapsed;
        using var raw = await PostFormAsync(emulator, Transcriptions, ("a.wav", wav), ("model", Whisper));

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        limited.Headers.Contains("x-request-id").Should().BeTrue();
        failed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        scripted.GetProperty("text").GetString().Should().Be("Scripted words here");
        scripted.GetProperty("duration").GetDouble().Should().Be(2);
        Words(scripted).Should().Equal(("Scripted", 0, 0.67), ("words", 0.67, 1.33), ("here", 1.33, 2));
        elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
        (await raw.Content.ReadAsStringAsync(Ct)).Should().Be("not json");
        emulator.PendingResponses.Should().Be(0);
    }

    private static IEnumerable<string> Shape(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().SelectMany(p => Shape(p.Value).Select(inner => inner.Length == 0 ? p.Name : $"{p.Name}.{inner}").Prepend(p.Name)).Distinct()
            : [string.Empty];

    private static List<(string Word, double Start, double End)> Words(JsonElement json) =>
        [.. json.GetProperty("words").EnumerateArray().Select(w => (w.GetProperty("word").GetString()!, w.GetProperty("start").GetDouble(), w.GetProperty("end").GetDouble()))];
}
