using System.Net;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Answers that hold no message, errors in plain text, undecodable bodies and broken transcripts are each a <see cref="GroqException"/>.</summary>
public sealed class HostileFailuresTests
{
    private static readonly byte[] CorruptGzip = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x11, 0x22, 0x33];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"id":"chatcmpl-h","object":"chat.completion","created":1730000000,"model":"m","choices":[]}""")]
    [InlineData("""{"id":"chatcmpl-h","object":"chat.completion","created":1730000000,"model":"m"}""")]
    [InlineData("""{"id":"chatcmpl-h","choices":null}""")]
    public async Task A_completion_without_choices_is_a_GroqException_with_the_request_id(string body)
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", body, ct, "x-request-id: req_empty"));
        using var client = HostileClients.Chat(server);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.Message.Should().Contain("without choices");
        exception.RequestId.Should().Be("req_empty");
    }

    [Fact]
    public async Task A_stream_that_reaches_done_without_a_single_choice_is_a_GroqException()
    {
        string usageOnly = """{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1730000000,"model":"m","choices":[],"x_groq":{"id":"req_x","usage":{"total_tokens":3}}}""";
        string noChoices = """{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1730000000,"model":"m"}""";
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", HostileClients.Sse(noChoices, usageOnly), ct));
        using var client = HostileClients.Chat(server);

        var act = () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask();

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("without a single choice");
    }

    [Fact]
    public async Task A_stream_with_choices_and_a_usage_only_chunk_without_choices_succeeds()
    {
        string usageOnly = """{"id":"chatcmpl-h","object":"chat.completion.chunk","created":1730000000,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""";
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(
            200, "text/event-stream", HostileClients.Sse(HostileClients.Chunk("Hi"), usageOnly), ct));
        using var client = HostileClients.Chat(server);

        var updates = await client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct);

        updates.ToChatResponse().Text.Should().Be("Hi");
        updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single().Details.TotalTokenCount.Should().Be(2);
    }

    [Theory]
    [InlineData("upstream overloaded, try later", "upstream overloaded, try later")]
    [InlineData("", "(no details)")]
    [InlineData("{\"error\":\"plain string inside json\"}", "plain string inside json")]
    public async Task An_event_error_keeps_the_servers_text_whatever_its_data(string data, string expected)
    {
        string sse = "data: " + HostileClients.Chunk("Hel") + "\n\nevent: error\ndata: " + data + "\n\n";
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", sse, ct, "x-request-id: req_err"));
        using var client = HostileClients.Chat(server);

        var act = () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask();

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.Message.Should().Be("Groq stream failed: " + expected);
        exception.RequestId.Should().Be("req_err");
    }

    [Fact]
    public async Task A_corrupt_gzip_body_through_a_decompressing_HttpClient_is_a_GroqException_for_a_whole_answer()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", CorruptGzip, ct, "Content-Encoding: gzip"));
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All });
        using var client = HostileClients.Chat(server, httpClient: http);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("could not be decompressed");
    }

    [Fact]
    public async Task A_corrupt_gzip_stream_through_a_decompressing_HttpClient_is_a_GroqException()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", CorruptGzip, ct, "Content-Encoding: gzip"));
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All });
        using var client = HostileClients.Chat(server, httpClient: http);

        var act = () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask();

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("could not be decompressed");
    }

    [Fact]
    public async Task A_corrupt_gzip_error_body_of_a_stream_through_a_decompressing_HttpClient_is_a_GroqException_with_the_status()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(500, "application/json", CorruptGzip, ct, "Content-Encoding: gzip"));
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All });
        using var client = HostileClients.Chat(server, httpClient: http);

        var act = () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask();

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        exception.Message.Should().Contain("the error body could not be read");
    }

    [Fact]
    public async Task A_corrupt_gzip_speech_answer_through_a_decompressing_HttpClient_is_a_GroqException()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "audio/wav", CorruptGzip, ct, "Content-Encoding: gzip"));
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All });
        using var client = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", HostileClients.Options(server), http);

        var act = () => client.GetAudioAsync("hi", cancellationToken: Ct);

        (await act.Should().ThrowAsync<GroqException>()).Which.Message.Should().Contain("could not be decompressed");
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhi\r\n--x")]
    [InlineData("application/json", """{"text":"hi","segments":[{"id":"zero","start":"soon"}]}""")]
    [InlineData("application/json", """{"text":"hi","words":[{"word":"hi","start":1""")]
    [InlineData("application/json", "null")]
    public async Task A_malformed_transcript_is_a_GroqException(string contentType, string body)
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, contentType, body, ct, "x-request-id: req_tr"));
        using var client = new GroqSpeechToTextClient("whisper-large-v3", HostileClients.Options(server));
        using var audio = new MemoryStream(ToneWav.Bytes(16_000, 440));

        var act = () => client.GetTextAsync(audio, cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.Message.Should().Contain("malformed transcription");
        exception.RequestId.Should().Be("req_tr");
    }
}
