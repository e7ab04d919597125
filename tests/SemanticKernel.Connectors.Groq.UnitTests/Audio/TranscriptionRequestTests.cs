using System.Net;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.Audio;

/// <summary>The multipart request a transcription sends, and how the recorded Groq answers are read.</summary>
public sealed class TranscriptionRequestTests
{
    private static readonly byte[] Wav = TestWav.Tone(16000, TimeSpan.FromSeconds(0.5));

    private static CancellationToken Ct => TestClients.Ct;

    [Fact]
    public async Task Multipart_body_has_each_field_once_with_the_file_named_by_its_MIME_type()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        var service = Service(handler, "whisper-large-v3");

        await service.GetTextContentsAsync(
            new AudioContent(Wav, "audio/wav"),
            new GroqAudioToTextExecutionSettings
            {
                Language = "en", Prompt = "Groq, Kernel", Temperature = 0.2f, ResponseFormat = "verbose_json", TimestampGranularities = ["word", "segment"],
            },
            cancellationToken: Ct);

        var request = handler.Requests.Single();
        request.Uri.AbsoluteUri.Should().Be("https://api.groq.com/openai/v1/audio/transcriptions");
        request.Header("Content-Type").Should().StartWith("multipart/form-data; boundary=");
        var parts = Multipart.Parse(request);
        parts.Select(p => p.Name).Should().Equal("file", "model", "language", "prompt", "response_format", "temperature", "timestamp_granularities[]", "timestamp_granularities[]");
        var file = parts[0];
        file.FileName.Should().Be("audio.wav");
        file.ContentType.Should().Be("audio/wav");
        file.Body.Should().Equal(Wav);
        parts.Skip(1).Should().OnlyContain(p => p.ContentType == null, "plain fields carry no Content-Type, as Groq's SDKs send them");
        parts.Skip(1).Select(p => p.Text).Should().Equal("whisper-large-v3", "en", "Groq, Kernel", "verbose_json", "0.2", "word", "segment");
    }

    [Fact]
    public async Task Translation_goes_to_the_translations_endpoint_without_language()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));

        await Service(handler, "whisper-large-v3").GetTextContentsAsync(
            new AudioContent(Wav, "audio/wav"), new GroqAudioToTextExecutionSettings { Translate = true }, cancellationToken: Ct);

        var request = handler.Requests.Single();
        request.Uri.AbsolutePath.Should().Be("/openai/v1/audio/translations");
        Multipart.Parse(request).Select(p => p.Name).Should().Equal("file", "model", "response_format");
    }

    [Fact]
    public async Task MEAI_text_language_English_without_a_speech_language_goes_to_the_translations_endpoint()
    {
        var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
        using var client = new GroqSpeechToTextClient(
            "whisper-large-v3", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

        await client.GetTextAsync(new MemoryStream(Wav), new SpeechToTextOptions { TextLanguage = "en-US" }, Ct);

        var request = handler.Requests.Single();
        request.Uri.AbsolutePath.Should().Be("/openai/v1/audio/translations");
        Multipart.Parse(request).Select(p => p.Name).Should().Equal("file", "model", "response_format");
    }

    [Fact]
    public async Task Recorded_json_answer_becomes_the_text_with_its_request_id()
    {
        using var recorded = JsonDocument.Parse(TestData.Read("groq-transcription.json"));
        var handler = CannedHandler.Json(recorded.RootElement.GetRawText());

        var text = (await Service(handler).GetTextContentsAsync(new AudioContent(Wav, "audio/wav"), cancellationToken: Ct)).Single();

        text.Text.Should().Be(recorded.RootElement.GetProperty("text").GetString());
        text.Metadata![GroqMetadataKeys.RequestId].Should().Be(recorded.RootElement.GetProperty("x_groq").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Recorded_text_answer_is_the_transcript_as_it_came()
    {
        using var recorded = JsonDocument.Parse(TestData.Read("groq-transcription-text.json"));
        string body = recorded.RootElement.GetProperty("body").GetString()!;
        var handler = CannedHandler.Text(body, HttpStatusCode.OK).WithHeader("x-request-id", "req_text");
        using var client = new GroqSpeechToTextClient(
            "whisper-large-v3-turbo", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

        var response = await client.GetTextAsync(
            new MemoryStream(Wav), new SpeechToTextOptions { AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "text" } }, Ct);

        response.Text.Should().Be(body);
        response.ResponseId.Should().Be("req_text");
        response.RawRepresentation.Should().Be(body);
    }

    [Fact]
    public async Task A_named_file_stream_keeps_its_own_file_name()
    {
        string path = Path.Combine(Path.GetTempPath(), $"meeting-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(path, Wav, Ct);
        try
        {
            var handler = CannedHandler.Json(TestData.Read("groq-transcription.json"));
            using var client = new GroqSpeechToTextClient(
                "whisper-large-v3-turbo", new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

            await using (var stream = File.OpenRead(path))
            {
                await client.GetTextAsync(stream, cancellationToken: Ct);
            }

            Multipart.Parse(handler.Requests.Single())[0].FileName.Should().Be(Path.GetFileName(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static GroqAudioToTextService Service(CannedHandler handler, string model = "whisper-large-v3-turbo") =>
        new(model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));
}
