using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator's audio endpoints, spoken to with raw HTTP: streamed multipart uploads, the emulated Whisper, validation and text to speech.</summary>
public sealed class EmulatorAudioTests
{
    private const string Whisper = "whisper-large-v3";
    private const string Transcriptions = "audio/transcriptions";
    private const string Translations = "audio/translations";

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
        var wav = Wav(16000, 1, extensible: false, TonesAndSilence);

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
        var wav = Wav(44100, 2, extensible: true, (1, 1000, 0.5), (1, 0, 0), (1.25, 250, 0.5));

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

        using var response = await PostFormAsync(emulator, Transcriptions, ("a.wav", Wav(16000, 1, false, (1, 440, 0.5))), ("model", Whisper));
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

        using var response = await PostFormAsync(emulator, Transcriptions, ("a.wav", Wav(16000, 1, false, TonesAndSilence)), ("model", Whisper), ("response_format", "text"));
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

        var (_, plain) = await TranscribeJsonAsync(emulator, Wav(16000, 1, false, (6, 440, 0.5)), ("model", Whisper), ("response_format", "verbose_json"));
        var (_, withWords) = await TranscribeJsonAsync(emulator, Wav(16000, 1, false, (1, 440, 0.5)), ("model", Whisper), ("response_format", "verbose_json"), ("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment"));

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
        var wav = Wav(16000, 1, false, (1, 440, 0.5));

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

    [Theory]
    [InlineData(Transcriptions, "@file=a.wav", "model")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;foo=1", "foo")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@audio=a.wav", "audio")]
    [InlineData(Transcriptions, "model=whisper-large-v3;model=whisper-large-v3;@file=a.wav", "model")]
    [InlineData(Transcriptions, "model=whisper-large-v3", "file")]
    [InlineData(Transcriptions, "model=whisper-large-v3;file=a.wav", "file")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;url=https://example.com/a.wav", "url")]
    [InlineData(Transcriptions, "model=whisper-large-v3;url=ftp://example.com/a.wav", "url")]
    [InlineData(Transcriptions, "model=llama-3.3-70b-versatile;@file=a.wav", "model")]
    [InlineData(Transcriptions, "model=canopylabs/orpheus-v1-english;@file=a.wav", "model")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.txt", "file")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=empty.wav", "file")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=short.wav", "file")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;response_format=srt", "response_format")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;response_format=vtt", "response_format")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;temperature=1.5", "temperature")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;temperature=-0.1", "temperature")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;temperature=warm", "temperature")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;timestamp_granularities[]=word", "timestamp_granularities")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;response_format=text;timestamp_granularities[]=segment", "timestamp_granularities")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;response_format=verbose_json;timestamp_granularities[]=sentence", "timestamp_granularities")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;timestamp_granularities=word;response_format=verbose_json", "timestamp_granularities")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;language=EN", "language")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;language=eng", "language")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;language=xx", "language")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;prompt=$words225", "prompt")]
    [InlineData(Transcriptions, "model=whisper-large-v3;@file=a.wav;prompt=$commas113", "prompt")]
    [InlineData(Translations, "model=whisper-large-v3;@file=a.wav;language=fr", "language")]
    [InlineData(Translations, "model=whisper-large-v3-turbo;@file=a.wav", "model")]
    public async Task Invalid_audio_request_gets_a_groq_shaped_400_naming_the_field(string path, string spec, string param)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Error(500, "must not be consumed"));

        var (status, json) = await PostSpecAsync(emulator, path, spec);

        status.Should().Be(HttpStatusCode.BadRequest);
        var error = json.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("param").GetString().Should().Be(param);
        emulator.PendingResponses.Should().Be(1);
    }

    [Theory]
    [InlineData("model=whisper-large-v3;@file=a.wav;prompt=$words224")]
    [InlineData("model=whisper-large-v3;@file=a.wav;prompt=$commas112")]
    [InlineData("model=whisper-large-v3;@file=a.WAV;language=pt;temperature=1;response_format=text")]
    [InlineData("model=whisper-large-v3;@file=a.webm;temperature=0")]
    public async Task Valid_audio_request_at_the_limits_is_accepted(string spec)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, _) = await PostSpecAsync(emulator, Transcriptions, spec);

        status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Transcriptions)]
    [InlineData(Translations)]
    public async Task Unknown_audio_model_gets_404_model_not_found(string path)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, json) = await PostSpecAsync(emulator, path, "model=whisper-1;@file=a.wav");

        status.Should().Be(HttpStatusCode.NotFound);
        json.GetProperty("error").GetProperty("code").GetString().Should().Be("model_not_found");
        json.GetProperty("error").GetProperty("message").GetString().Should().Contain("whisper-1");
    }

    [Fact]
    public async Task File_over_MaxAudioBytes_gets_413_request_too_large_and_a_file_at_the_limit_passes()
    {
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { MaxAudioBytes = 2000 }, Ct);

        var (okStatus, _) = await PostJsonAsync(emulator, Transcriptions, ("a.mp3", new byte[2000]), ("model", Whisper));
        var (status, json) = await PostJsonAsync(emulator, Transcriptions, ("a.mp3", new byte[2001]), ("model", Whisper));

        okStatus.Should().Be(HttpStatusCode.OK);
        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        json.GetProperty("error").GetProperty("type").GetString().Should().Be("invalid_request_error");
        json.GetProperty("error").GetProperty("code").GetString().Should().Be("request_too_large");
        emulator.Requests[1].Files.Single().Length.Should().Be(2001);
    }

    [Fact]
    public async Task Default_limit_answers_a_26_MB_upload_with_413_after_reading_it()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const long Size = (25 * 1024 * 1024) + 1;

        using var response = await PostStreamAsync(emulator, new GeneratedStream(Size, wav: false), "big.mp3", ("model", Whisper));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        json.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("request_too_large");
        emulator.Requests.Single().Files.Single().Length.Should().Be(Size);
    }

    [Fact]
    public async Task A_100_MB_wav_is_analysed_as_it_streams_without_being_buffered()
    {
        const long DataBytes = 100L * 1024 * 1024;
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { MaxAudioBytes = 110L * 1024 * 1024 }, Ct);
        using var upload = new GeneratedStream(DataBytes, wav: true);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await PostStreamAsync(emulator, upload, "long.wav", ("model", Whisper));
        var text = (await ReadJsonAsync(response)).GetProperty("text").GetString()!;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var seconds = (int)Math.Ceiling((DataBytes - 44) / 2 / 16000.0);
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(seconds).And.AllBe("tone440");
        allocated.Should().BeLessThan(50L * 1024 * 1024, "the upload must be streamed through, not copied onto the heap");
        emulator.Requests.Single().Body.Should().BeEmpty();
        emulator.Requests.Single().Files.Single().Length.Should().Be(DataBytes);
    }

    [Fact]
    public async Task Multipart_requests_record_form_fields_in_order_and_file_hashes_not_bytes()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = Wav(16000, 1, false, (1, 440, 0.5));

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
        var wav = Wav(16000, 1, false, (1, 440, 0.5));

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
    public async Task Missing_key_and_non_multipart_bodies_are_rejected()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (unauthorized, error) = await PostJsonAsync(emulator, Transcriptions, ("a.wav", Wav(16000, 1, false, (1, 440, 0.5))), apiKey: null, fields: [("model", Whisper)]);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/{Transcriptions}")
        {
            Content = new StringContent("""{"model":"whisper-large-v3","url":"https://example.com/a.wav"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        using var json = await http.SendAsync(request, Ct);

        unauthorized.Should().Be(HttpStatusCode.Unauthorized);
        error.GetProperty("error").GetProperty("code").GetString().Should().Be("invalid_api_key");
        emulator.Requests[0].Form["model"].Should().Equal(Whisper);
        json.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Scripted_responses_apply_to_audio_requests()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        var wav = Wav(16000, 1, false, (2, 440, 0.5));
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

    [Fact]
    public async Task Speech_returns_a_pcm16_mono_wav_lasting_60_ms_per_character()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"autumn","sample_rate":16000}""");
        var wav = await response.Content.ReadAsByteArrayAsync(Ct);
        using var defaults = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-arabic-saudi","input":"مرحبا","voice":"noura","response_format":"wav","speed":1.5}""");
        var defaultWav = await defaults.Content.ReadAsByteArrayAsync(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("audio/wav");
        Encoding.ASCII.GetString(wav, 0, 4).Should().Be("RIFF");
        Encoding.ASCII.GetString(wav, 8, 8).Should().Be("WAVEfmt ");
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(4)).Should().Be(wav.Length - 8);
        BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(20)).Should().Be(1);
        BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(22)).Should().Be(1);
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)).Should().Be(16000);
        BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(34)).Should().Be(16);
        Encoding.ASCII.GetString(wav, 36, 4).Should().Be("data");
        BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40)).Should().Be(5 * 960 * 2);
        defaults.StatusCode.Should().Be(HttpStatusCode.OK);
        BinaryPrimitives.ReadInt32LittleEndian(defaultWav.AsSpan(24)).Should().Be(24000);
        BinaryPrimitives.ReadInt32LittleEndian(defaultWav.AsSpan(40)).Should().Be(5 * 1440 * 2);
    }

    [Fact]
    public async Task Speech_wav_transcribes_back_to_its_440_hz_tone()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var speech = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Twenty characters!!!","voice":"daniel"}""");
        var wav = await speech.Content.ReadAsByteArrayAsync(Ct);

        var (_, json) = await TranscribeJsonAsync(emulator, wav, ("model", Whisper), ("response_format", "verbose_json"));

        json.GetProperty("duration").GetDouble().Should().BeApproximately(1.2, 1e-9);
        json.GetProperty("text").GetString().Should().Be(" tone440 tone440");
    }

    [Theory]
    [InlineData("mp3", "audio/mpeg", "ID3")]
    [InlineData("flac", "audio/flac", "fLaC")]
    [InlineData("ogg", "audio/ogg", "OggS")]
    public async Task Speech_in_other_formats_starts_with_the_format_magic(string format, string contentType, string magic)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, $$"""{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"hannah","response_format":"{{format}}"}""");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using var again = await PostSpeechAsync(emulator, $$"""{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"hannah","response_format":"{{format}}"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        Encoding.ASCII.GetString(bytes, 0, magic.Length).Should().Be(magic);
        (await again.Content.ReadAsByteArrayAsync(Ct)).Should().Equal(bytes);
    }

    [Fact]
    public async Task Speech_mulaw_is_one_raw_byte_per_sample()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, """{"model":"canopylabs/orpheus-v1-english","input":"Hello","voice":"troy","response_format":"mulaw","sample_rate":8000}""");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("audio/basic");
        bytes.Should().HaveCount(5 * 480);
        bytes[0].Should().Be(0xFF, "mu-law encodes the first sample, 0, as 0xFF");
    }

    [Theory]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"Hi","voice":"troy","instructions":"calm"}""", 400, "instructions")]
    [InlineData("""{"input":"Hi","voice":"troy"}""", 400, "model")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","input":"Hi","voice":"troy"}""", 400, "model")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"","voice":"troy"}""", 400, "input")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","voice":"troy"}""", 400, "input")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"Hi","voice":"fahad"}""", 400, "voice")]
    [InlineData("""{"model":"canopylabs/orpheus-arabic-saudi","input":"Hi","voice":"autumn"}""", 400, "voice")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"Hi"}""", 400, "voice")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"Hi","voice":"troy","response_format":"aac"}""", 400, "response_format")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"Hi","voice":"troy","sample_rate":12345}""", 400, "sample_rate")]
    [InlineData("""{"model":"canopylabs/orpheus-v1-english","input":"Hi","voice":"troy","speed":10}""", 400, "speed")]
    [InlineData("""{"model":"playai-tts","input":"Hi","voice":"troy"}""", 404, null)]
    public async Task Invalid_speech_request_gets_a_groq_shaped_error(string body, int status, string? param)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        using var response = await PostSpeechAsync(emulator, body);
        var error = (await ReadJsonAsync(response)).GetProperty("error");

        ((int)response.StatusCode).Should().Be(status);
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        if (param is null)
        {
            error.GetProperty("code").GetString().Should().Be("model_not_found");
        }
        else
        {
            error.GetProperty("param").GetString().Should().Be(param);
        }
    }

    private static IEnumerable<string> Shape(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().SelectMany(p => Shape(p.Value).Select(inner => inner.Length == 0 ? p.Name : $"{p.Name}.{inner}").Prepend(p.Name)).Distinct()
            : [string.Empty];

    private static List<(string Word, double Start, double End)> Words(JsonElement json) =>
        [.. json.GetProperty("words").EnumerateArray().Select(w => (w.GetProperty("word").GetString()!, w.GetProperty("start").GetDouble(), w.GetProperty("end").GetDouble()))];

    private static Task<(HttpStatusCode Status, JsonElement Json)> TranscribeJsonAsync(GroqEmulator emulator, byte[] wav, params (string Name, string Value)[] fields) =>
        PostJsonAsync(emulator, Transcriptions, ("a.wav", wav), fields);

    private static Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(GroqEmulator emulator, string path, (string FileName, byte[] Bytes)? file, params (string Name, string Value)[] fields) =>
        PostJsonAsync(emulator, path, file, emulator.ApiKey, fields);

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(GroqEmulator emulator, string path, (string FileName, byte[] Bytes)? file, string? apiKey, (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        if (file is { } upload)
        {
            var part = new ByteArrayContent(upload.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
            content.Add(part, "file", upload.FileName);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        using var response = await SendAsync(emulator, path, content, apiKey);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(GroqEmulator emulator, string path, (string FileName, byte[] Bytes) file, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file.Bytes), "file", file.FileName } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return await SendAsync(emulator, path, content, emulator.ApiKey);
    }

    private static async Task<HttpResponseMessage> PostStreamAsync(GroqEmulator emulator, Stream upload, string fileName, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StreamContent(upload, 64 * 1024), "file", fileName);
        return await SendAsync(emulator, Transcriptions, content, emulator.ApiKey);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostSpecAsync(GroqEmulator emulator, string path, string spec)
    {
        using var content = new MultipartFormDataContent();
        foreach (var item in spec.Split(';'))
        {
            var (name, value) = (item[..item.IndexOf('=', StringComparison.Ordinal)], item[(item.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (name.StartsWith('@'))
            {
                content.Add(new ByteArrayContent(SpecFile(value)), name[1..], value);
                continue;
            }

            content.Add(new StringContent(Expand(value)), name);
        }

        using var response = await SendAsync(emulator, path, content, emulator.ApiKey);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType == "application/json" ? await ReadJsonAsync(response) : default);
    }

    private static byte[] SpecFile(string fileName) => fileName switch
    {
        "empty.wav" => [],
        "short.wav" => Wav(16000, 1, false, (0.005, 440, 0.5)),
        _ => Wav(16000, 1, false, (1, 440, 0.5)),
    };

    private static string Expand(string value) => value switch
    {
        "$words224" => string.Join(' ', Enumerable.Repeat("word", 224)),
        "$words225" => string.Join(' ', Enumerable.Repeat("word", 225)),
        "$commas112" => string.Join(' ', Enumerable.Repeat("word,", 112)),
        "$commas113" => string.Join(' ', Enumerable.Repeat("word,", 113)),
        _ => value,
    };

    private static async Task<HttpResponseMessage> PostSpeechAsync(GroqEmulator emulator, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await SendAsync(emulator, "audio/speech", content, emulator.ApiKey);
    }

    private static async Task<HttpResponseMessage> SendAsync(GroqEmulator emulator, string path, HttpContent content, string? apiKey)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/{path}") { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        var response = await http.SendAsync(request, Ct);
        await response.Content.LoadIntoBufferAsync(Ct);
        return response;
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.Clone();
    }

    private static byte[] Wav(int sampleRate, int channels, bool extensible, params (double Seconds, double Hz, double Amplitude)[] parts)
    {
        var samples = new List<short>();
        foreach (var (seconds, hz, amplitude) in parts)
        {
            var frames = (int)Math.Round(seconds * sampleRate);
            for (var n = 0; n < frames; n++)
            {
                samples.Add((short)Math.Round(amplitude * 32767 * Math.Sin(2 * Math.PI * hz * n / sampleRate)));
                for (var channel = 1; channel < channels; channel++)
                {
                    samples.Add(0);
                }
            }
        }

        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        var formatBytes = extensible ? 40 : 16;
        var listChunk = extensible ? new byte[] { (byte)'L', (byte)'I', (byte)'S', (byte)'T', 3, 0, 0, 0, 1, 2, 3, 0 } : [];
        writer.Write("RIFF"u8);
        writer.Write(4 + (8 + formatBytes) + listChunk.Length + 8 + (samples.Count * 2));
        writer.Write("WAVEfmt "u8);
        writer.Write(formatBytes);
        writer.Write(extensible ? (ushort)0xFFFE : (ushort)1);
        writer.Write((ushort)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * channels * 2);
        writer.Write((ushort)(channels * 2));
        writer.Write((ushort)16);
        if (extensible)
        {
            writer.Write((ushort)22);
            writer.Write((ushort)16);
            writer.Write(3u);
            writer.Write(new Guid("00000001-0000-0010-8000-00aa00389b71").ToByteArray());
        }

        writer.Write(listChunk);
        writer.Write("data"u8);
        writer.Write(samples.Count * 2);
        foreach (var sample in samples)
        {
            writer.Write(sample);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>A forward-only upload generated on the fly: zeros, or a 16 kHz mono WAV of a continuous 440 Hz tone.</summary>
    private sealed class GeneratedStream(long length, bool wav) : Stream
    {
        private const int SampleRate = 16000;
        private static readonly byte[] Zeros = new byte[64 * 1024];
        private readonly byte[] _second = Second();
        private readonly byte[] _header = wav ? Header(length - 44) : [];
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var total = (int)Math.Min(buffer.Length, length - _position);
            var written = 0;
            while (written < total)
            {
                ReadOnlySpan<byte> source = _position < _header.Length
                    ? _header.AsSpan((int)_position)
                    : wav ? _second.AsSpan((int)((_position - _header.Length) % _second.Length)) : Zeros;
                var count = Math.Min(source.Length, total - written);
                source[..count].CopyTo(buffer[written..]);
                written += count;
                _position += count;
            }

            return total;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private static byte[] Second()
        {
            var second = new byte[SampleRate * 2];
            for (var n = 0; n < SampleRate; n++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(second.AsSpan(n * 2), (short)Math.Round(16384 * Math.Sin(2 * Math.PI * 440 * n / SampleRate)));
            }

            return second;
        }

        private static byte[] Header(long dataBytes)
        {
            var header = new byte[44];
            "RIFF"u8.CopyTo(header);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)(36 + dataBytes));
            "WAVEfmt "u8.CopyTo(header.AsSpan(8));
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), 16);
            BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(20), 1);
            BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(22), 1);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), SampleRate);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), SampleRate * 2);
            BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(32), 2);
            BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(34), 16);
            "data"u8.CopyTo(header.AsSpan(36));
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), (uint)dataBytes);
            return header;
        }
    }
}
