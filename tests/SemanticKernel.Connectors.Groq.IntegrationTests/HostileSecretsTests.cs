using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// A server echoing the key, plainly or <c>\u</c>-escaped, in any error field or in <c>x-request-id</c>, leaks it nowhere:
/// not in the exception's message, properties or <c>ToString()</c>, nor in any log; and a key that cannot be sent is refused before any request.
/// </summary>
public sealed class HostileSecretsTests
{
    private const string Key = HostileClients.Key;
    private const string Escaped = "\\u0067sk_HOSTILE_secret_key_5e1d2c3b4a";
    private const string Fragment = "HOSTILE_secret_key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ErrorJson(string key) =>
        $$$"""{"error":{"message":"bad {{{key}}}","type":"t {{{key}}}","code":"{{{key}}}","param":"p {{{key}}}","failed_generation":"{\"k\":\"{{{key}}}\"}"}}""";

    private static void ShouldNotLeak(GroqException exception, HostileLog log)
    {
        string[] texts =
        [
            exception.Message, exception.ToString(), exception.ResponseContent ?? string.Empty, exception.ErrorCode ?? string.Empty,
            exception.ErrorType ?? string.Empty, exception.Param ?? string.Empty, exception.FailedGeneration ?? string.Empty, exception.RequestId ?? string.Empty,
        ];
        texts.Should().AllSatisfy(t => t.Should().NotContain(Fragment));
        log.Entries.Should().AllSatisfy(e => e.Text.Should().NotContain(Fragment));
    }

    /// <summary>Calls a server answering with <paramref name="respond"/>; the call must fail and leak the key nowhere.</summary>
    private static async Task<GroqException> FailsWithoutLeakAsync(Func<HostileExchange, CancellationToken, Task> respond, bool streaming)
    {
        await using var server = HostileServer.Start(respond);
        var log = new HostileLog();
        using var client = HostileClients.Chat(server, loggerFactory: log);
        Func<Task> act = streaming
            ? () => client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct).AsTask()
            : () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        ShouldNotLeak(exception, log);
        return exception;
    }

    [Theory]
    [InlineData(Key)]
    [InlineData(Escaped)]
    public async Task A_stream_event_error_echoing_the_key_in_every_field_leaks_it_nowhere(string echoed)
    {
        string sse = "data: " + HostileClients.Chunk("Hel") + "\n\nevent: error\ndata: " + ErrorJson(echoed) + "\n\n";
        var exception = await FailsWithoutLeakAsync((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", sse, ct, "x-request-id: req " + Key), streaming: true);
        exception.ErrorCode.Should().Be("[REDACTED]");
        exception.Message.Should().Be("Groq stream failed ([REDACTED]): bad [REDACTED]");
    }

    [Fact]
    public async Task A_plain_text_stream_error_echoing_the_key_leaks_it_nowhere()
    {
        string sse = "event: error\ndata: denied for " + Key + "\n\n";
        var exception = await FailsWithoutLeakAsync((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", sse, ct), streaming: true);
        exception.Message.Should().Be("Groq stream failed: denied for [REDACTED]");
    }

    [Theory]
    [InlineData(Key)]
    [InlineData(Escaped)]
    public async Task An_error_body_echoing_the_key_escaped_or_not_with_a_request_id_echoing_it_leaks_it_nowhere(string echoed)
    {
        var exception = await FailsWithoutLeakAsync((exchange, ct) => exchange.RespondAsync(400, "application/json", ErrorJson(echoed), ct, "x-request-id: req_" + Key), streaming: false);
        exception.RequestId.Should().Be("req_[REDACTED]");
        exception.Param.Should().Be("p [REDACTED]");
    }

    [Fact]
    public async Task A_transcription_error_echoing_the_key_escaped_leaks_it_nowhere()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(400, "application/json", ErrorJson(Escaped), ct, "x-request-id: " + Key));
        var log = new HostileLog();
        using var client = new GroqSpeechToTextClient("whisper-large-v3", HostileClients.Options(server), loggerFactory: log);
        using var audio = new MemoryStream(ToneWav.Bytes(16_000, 440));

        var act = () => client.GetTextAsync(audio, cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        ShouldNotLeak(exception, log);
        exception.FailedGeneration.Should().Be("{\"k\":\"[REDACTED]\"}");
    }

    [Fact]
    public async Task A_malformed_body_whose_failing_path_names_the_key_leaks_it_nowhere()
    {
        string body = "{\"choices\":[{\"" + Key + "\": nope}]}";
        var exception = await FailsWithoutLeakAsync((exchange, ct) => exchange.RespondAsync(200, "application/json", body, ct), streaming: false);
        exception.Message.Should().Contain("malformed chat completion");
    }

    [Fact]
    public async Task A_malformed_stream_chunk_whose_failing_path_names_the_key_leaks_it_nowhere()
    {
        string sse = "data: {\"choices\":[{\"" + Key + "\": nope}]}\n\n";
        await FailsWithoutLeakAsync((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", sse, ct), streaming: true);
    }

    [Fact]
    public async Task A_malformed_header_line_holding_the_key_leaks_it_nowhere()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.WriteAsync(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" + Key + "\r\n\r\n{}", ct));
        var log = new HostileLog();
        using var client = HostileClients.Chat(server, maxRetries: 1, loggerFactory: log);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        ShouldNotLeak(exception, log);
    }

    [Fact]
    public async Task A_request_id_echoing_the_key_on_a_success_stays_out_of_the_debug_log()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", HostileClients.Completion, ct, "x-request-id: " + Key));
        var log = new HostileLog();
        using var client = HostileClients.Chat(server, loggerFactory: log);

        var response = await client.GetResponseAsync("hi", cancellationToken: Ct);

        response.Text.Should().Be("Hello");
        log.Entries.Should().Contain(e => e.Text.Contains("request id [REDACTED]", StringComparison.Ordinal));
        log.Entries.Should().AllSatisfy(e => e.Text.Should().NotContain(Fragment));
    }

    [Theory]
    [InlineData("gsk_ключ_5e1d2c3b4a")]
    [InlineData("gsk_key\n_5e1d2c3b4a")]
    [InlineData("gsk_key\u007f5e1d2c3b4a")]
    public async Task A_key_that_cannot_be_sent_as_a_header_is_refused_before_any_request(string key)
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", HostileClients.Completion, ct));

        var act = () => new GroqChatClient("m", HostileClients.Options(server, maxRetries: 2, key: key));

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("options.ApiKey");
        exception.Message.Should().Contain("GroqClientOptions.ApiKey").And.NotContain("5e1d2c3b4a");
        server.Requests.Should().Be(0);
    }
}
