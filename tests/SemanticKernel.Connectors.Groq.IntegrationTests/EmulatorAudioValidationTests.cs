using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using static SemanticKernel.Connectors.Groq.IntegrationTests.Support.EmulatorAudioHttp;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>How the emulator's audio endpoints reject or limit requests, spoken to with raw HTTP: Groq-shaped 400s and 404s, field limits, upload size limits (413) and streaming, and authentication.</summary>
public sealed class EmulatorAudioValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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

        using var response = await PostStreamAsync(emulator, new GeneratedUploadStream(Size, wav: false), "big.mp3", ("model", Whisper));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        json.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("request_too_large");
        emulator.Requests.Single().Files.Single().Length.Should().Be(Size);
    }

    [Fact]
    public async Task Missing_key_and_non_multipart_bodies_are_rejected()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (unauthorized, error) = await PostJsonAsync(emulator, Transcriptions, ("a.wav", ToneWav.Bytes(16000, 440)), apiKey: null, fields: [("model", Whisper)]);
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
        "short.wav" => PcmWav.Bytes(16000, 1, extensible: false, (0.005, 440, 0.5)),
        _ => ToneWav.Bytes(16000, 440),
    };

    private static string Expand(string value) => value switch
    {
        "$words224" => string.Join(' ', Enumerable.Repeat("word", 224)),
        "$words225" => string.Join(' ', Enumerable.Repeat("word", 225)),
        "$commas112" => string.Join(' ', Enumerable.Repeat("word,", 112)),
        "$commas113" => string.Join(' ', Enumerable.Repeat("word,", 113)),
        _ => value,
    };
}
