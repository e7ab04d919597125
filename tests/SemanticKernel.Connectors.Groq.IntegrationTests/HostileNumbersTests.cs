using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support.Hostile;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Numbers in bodies and headers that no .NET time can hold never throw: a successful call stays successful, the
/// metadata is dropped or clamped and logged once, and a bad retry-after falls back to the default backoff.
/// </summary>
public sealed class HostileNumbersTests
{
    private const string HugeNumbers =
        """{"id":"chatcmpl-h","object":"chat.completion","created":99999999999999,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4,"queue_time":1e300,"prompt_time":1e300,"completion_time":-1e300,"total_time":1e300}}""";

    private static readonly string[] HugeHeaders =
    [
        "x-request-id: req_huge",
        "x-ratelimit-reset-requests: 99999999999h",
        "x-ratelimit-reset-tokens: 7.5s",
        "x-ratelimit-remaining-tokens: 99999999999999999999999999",
        "retry-after: Infinity",
        "retry-after-ms: 1e300",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int OutOfRangeWarnings(HostileLog log) =>
        log.Entries.Count(e => e.Level == LogLevel.Warning && e.Text.Contains("out of range", StringComparison.Ordinal));

    [Fact]
    public async Task A_successful_answer_with_numbers_out_of_range_succeeds_with_them_dropped_and_one_warning_per_source()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", HugeNumbers, ct, HugeHeaders));
        var log = new HostileLog();
        using var client = HostileClients.Chat(server, loggerFactory: log);

        var response = await client.GetResponseAsync("hi", cancellationToken: Ct);

        response.Text.Should().Be("Hello");
        response.CreatedAt.Should().BeNull();
        response.Usage!.TotalTokenCount.Should().Be(4);
        response.AdditionalProperties.Should().NotContainKeys(GroqMetadataKeys.QueueTime, GroqMetadataKeys.TotalTime, GroqMetadataKeys.CompletionTime);
        var limits = (GroqRateLimits)response.AdditionalProperties![GroqMetadataKeys.RateLimits]!;
        limits.ResetRequests.Should().BeNull();
        limits.RemainingTokens.Should().BeNull();
        limits.ResetTokens.Should().Be(TimeSpan.FromSeconds(7.5));
        OutOfRangeWarnings(log).Should().Be(2, "one warning names the headers, one the body fields");
    }

    [Fact]
    public async Task A_stream_whose_chunks_carry_numbers_out_of_range_succeeds_and_warns_once()
    {
        string chunk = HostileClients.Chunk("Hel").Replace("1730000000", "99999999999999", StringComparison.Ordinal);
        string usage = """{"id":"chatcmpl-h","object":"chat.completion.chunk","created":99999999999999,"model":"m","choices":[],"x_groq":{"id":"req_x","usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"total_time":1e300}}}""";
        string sse = HostileClients.Sse(chunk, chunk, usage);
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "text/event-stream", sse, ct, HugeHeaders));
        var log = new HostileLog();
        using var client = HostileClients.Chat(server, loggerFactory: log);

        var updates = await client.GetStreamingResponseAsync("hi", cancellationToken: Ct).ToListAsync(Ct);

        updates.ToChatResponse().Text.Should().Be("HelHel");
        updates.Should().AllSatisfy(u => u.CreatedAt.Should().BeNull());
        updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single().Details.TotalTokenCount.Should().Be(3);
        OutOfRangeWarnings(log).Should().Be(2, "one warning names the headers, one the first chunk's fields");
    }

    [Theory]
    [InlineData("retry-after: Infinity")]
    [InlineData("retry-after: 1e300")]
    [InlineData("retry-after-ms: 1e300")]
    [InlineData("retry-after-ms: NaN")]
    public async Task A_429_with_a_retry_after_out_of_range_is_retried_on_the_default_backoff_and_then_succeeds(string header)
    {
        HostileServer? started = null;
        await using var server = started = HostileServer.Start((exchange, ct) => started!.Requests == 1
            ? exchange.RespondAsync(429, "application/json", """{"error":{"message":"slow down","code":"rate_limit_exceeded"}}""", ct, header)
            : exchange.RespondAsync(200, "application/json", HostileClients.Completion, ct));
        using var client = HostileClients.Chat(server, maxRetries: 1);

        var response = await client.GetResponseAsync("hi", cancellationToken: Ct);

        response.Text.Should().Be("Hello");
        server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task A_failure_with_a_retry_after_out_of_range_is_a_GroqException_without_RetryAfter()
    {
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(
            429, "application/json", """{"error":{"message":"slow down","code":"rate_limit_exceeded"}}""", ct, "retry-after: Infinity", "retry-after-ms: 1e300"));
        using var client = HostileClients.Chat(server);

        var act = () => client.GetResponseAsync("hi", cancellationToken: Ct);

        var exception = (await act.Should().ThrowAsync<GroqException>()).Which;
        exception.ErrorCode.Should().Be("rate_limit_exceeded");
        exception.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task A_transcript_with_timestamps_out_of_range_succeeds_with_them_clamped_and_its_duration_dropped()
    {
        const string transcript =
            """{"text":"hi","language":"en","duration":1e300,"segments":[{"id":0,"seek":0,"start":-1e300,"end":1e300,"text":"hi","tokens":[1],"temperature":0,"avg_logprob":-0.1,"compression_ratio":1,"no_speech_prob":0}],"words":[{"word":"hi","start":1e300,"end":1e301}]}""";
        await using var server = HostileServer.Start((exchange, ct) => exchange.RespondAsync(200, "application/json", transcript, ct));
        var log = new HostileLog();
        using var client = new GroqSpeechToTextClient("whisper-large-v3", HostileClients.Options(server), loggerFactory: log);
        using var audio = new MemoryStream(ToneWav.Bytes(16_000, 440));

        var response = await client.GetTextAsync(
            audio, new SpeechToTextOptions { AdditionalProperties = new() { [GroqSpeechOptionKeys.ResponseFormat] = "verbose_json" } }, Ct);

        response.Text.Should().Be("hi");
        var segment = ((IReadOnlyList<GroqTranscriptionSegment>)response.AdditionalProperties![GroqMetadataKeys.Segments]!).Single();
        segment.Start.Should().Be(TimeSpan.Zero);
        segment.End.Should().Be(TimeSpan.FromTicks(TimeSpan.MaxValue.Ticks / 2));
        response.AdditionalProperties.Should().NotContainKey(GroqMetadataKeys.Duration);
        OutOfRangeWarnings(log).Should().Be(1);
    }
}
