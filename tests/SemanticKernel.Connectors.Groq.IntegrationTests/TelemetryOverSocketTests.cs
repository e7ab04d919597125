using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The connector's spans and measurements, exported by the OpenTelemetry SDK's in-memory exporters, for calls over loopback
/// sockets to the emulator. Each test keeps to its own trace and its own model id (see <see cref="TelemetryCapture"/>).
/// The emulator's usage timings are deterministic: queue 0.0125 s, prompt 0.00004 s and completion 0.004 s a token.
/// </summary>
public sealed class TelemetryOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_attempt_span_nests_under_the_MEAI_chat_span_and_is_the_parent_of_HttpClient_s_span()
    {
        string meaiSource = "meai-" + Guid.NewGuid().ToString("N");
        using var capture = new TelemetryCapture(meaiSource);
        await using var emulator = await StartAsync(capture);
        using var chat = Chat(emulator, capture).AsBuilder().UseOpenTelemetry(sourceName: meaiSource).Build();

        var response = await chat.GetResponseAsync("Hi", cancellationToken: Ct);

        var spans = capture.Spans();
        var chatSpan = spans.Should().ContainSingle(s => s.Source.Name == meaiSource).Subject;
        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        var http = spans.Should().ContainSingle(s => s.Source.Name == TelemetryCapture.HttpClientSource).Subject;
        attempt.DisplayName.Should().Be("groq.attempt");
        attempt.ParentSpanId.Should().Be(chatSpan.SpanId);
        http.ParentSpanId.Should().Be(attempt.SpanId);
        attempt.GetTagItem("gen_ai.provider.name").Should().Be("groq");
        attempt.GetTagItem("gen_ai.operation.name").Should().Be("chat");
        attempt.GetTagItem("gen_ai.request.model").Should().Be(capture.Model);
        attempt.GetTagItem("http.request.method").Should().Be("POST");
        attempt.GetTagItem("url.path").Should().Be("/openai/v1/chat/completions");
        attempt.GetTagItem("groq.attempt").Should().Be(1);
        attempt.GetTagItem("http.response.status_code").Should().Be(200);
        attempt.GetTagItem("groq.request_id").Should().Be(response.AdditionalProperties![GroqMetadataKeys.RequestId]);
        attempt.GetTagItem("groq.usage.queue_time").Should().Be(0.0125);
        attempt.GetTagItem("error.type").Should().BeNull();
        attempt.Status.Should().Be(ActivityStatusCode.Unset);
    }

    [Fact]
    public async Task An_SK_prompt_s_attempt_span_nests_under_the_kernel_function_s_span()
    {
        using var capture = new TelemetryCapture("Microsoft.SemanticKernel*");
        await using var emulator = await StartAsync(capture);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(new GroqChatCompletionService(capture.Model, EmulatorClients.Options(emulator)));
        var kernel = builder.Build();

        await kernel.InvokePromptAsync("Hi", cancellationToken: Ct);

        var spans = capture.Spans();
        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        var parent = spans.Should().ContainSingle(s => s.SpanId == attempt.ParentSpanId).Subject;
        parent.Source.Name.Should().StartWith("Microsoft.SemanticKernel");
        parent.ParentSpanId.Should().Be(capture.Root.SpanId);
    }

    [Fact]
    public async Task A_retried_request_has_two_attempt_spans_numbered_1_and_2_and_counts_one_retry()
    {
        using var capture = new TelemetryCapture();
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Error(503, "Over capacity", "server_error").WithHeader("retry-after-ms", "10"));
        using var chat = Chat(emulator, capture, maxRetries: 1);

        await chat.GetResponseAsync("Hi", cancellationToken: Ct);

        var attempts = capture.Attempts();
        attempts.Should().HaveCount(2);
        attempts[0].GetTagItem("groq.attempt").Should().Be(1);
        attempts[0].GetTagItem("http.response.status_code").Should().Be(503);
        attempts[0].GetTagItem("error.type").Should().Be("503");
        attempts[0].Status.Should().Be(ActivityStatusCode.Error);
        attempts[1].GetTagItem("groq.attempt").Should().Be(2);
        attempts[1].GetTagItem("http.response.status_code").Should().Be(200);
        attempts[1].GetTagItem("groq.retry.reason").Should().Be("503");
        attempts[1].GetTagItem("groq.retry.delay").Should().Be(0.01);
        attempts[1].ParentSpanId.Should().Be(attempts[0].ParentSpanId, "both attempts belong to the same call");
        var retries = capture.Points("groq.client.retries").Should().ContainSingle().Subject;
        retries.GetSumLong().Should().Be(1);
        TelemetryCapture.Tag(retries, "error.type").Should().Be("503");
        TelemetryCapture.Tag(retries, "http.response.status_code").Should().Be(503);
        TelemetryCapture.Tag(retries, "gen_ai.operation.name").Should().Be("chat");
    }

    [Fact]
    public async Task An_attempt_cut_by_its_timeout_is_a_failed_span_of_error_type_timeout_and_its_retry_says_why()
    {
        using var capture = new TelemetryCapture();
        await using var emulator = await StartAsync(capture);
        // The retry must finish within the same timeout on a loaded machine, so it is seconds, not milliseconds.
        emulator.Enqueue(EmulatorResponse.Text("too late").WithDelay(TimeSpan.FromSeconds(30)));
        var options = EmulatorClients.Options(emulator, maxRetries: 1);
        options.Timeout = TimeSpan.FromSeconds(2);
        using var chat = new GroqChatClient(capture.Model, options);

        await chat.GetResponseAsync("Hi", cancellationToken: Ct);

        var attempts = capture.Attempts();
        attempts.Should().HaveCount(2);
        attempts[0].GetTagItem("error.type").Should().Be("timeout");
        attempts[0].GetTagItem("http.response.status_code").Should().BeNull("no answer came");
        attempts[0].Status.Should().Be(ActivityStatusCode.Error);
        attempts[1].GetTagItem("groq.retry.reason").Should().Be("timeout");
        var retries = capture.Points("groq.client.retries").Should().ContainSingle().Subject;
        TelemetryCapture.Tag(retries, "error.type").Should().Be("timeout");
        TelemetryCapture.Tag(retries, "http.response.status_code").Should().BeNull();
    }

    [Fact]
    public async Task A_request_made_to_wait_by_the_rate_limiter_is_timed_and_its_span_says_so()
    {
        using var capture = new TelemetryCapture();
        await using var emulator = await StartAsync(capture);

        // A new limiter lets one request learn the budget before any other is sent: the second call waits for the first's answer.
        emulator.Enqueue(EmulatorResponse.Text("slow first answer").WithDelay(TimeSpan.FromMilliseconds(300)));
        using var limiter = new GroqRateLimiter();
        var options = EmulatorClients.Options(emulator);
        options.RateLimiter = limiter;
        using var chat = new GroqChatClient(capture.Model, options);

        var first = chat.GetResponseAsync("first", cancellationToken: Ct);
        var second = chat.GetResponseAsync("second", cancellationToken: Ct);
        await Task.WhenAll(first, second);

        var waits = capture.Points("groq.client.rate_limit.wait.duration").Should().ContainSingle().Subject;
        waits.GetHistogramCount().Should().Be(1, "only the second call waited");
        waits.GetHistogramSum().Should().BeGreaterThan(0.1, "it waited for an answer the emulator delayed by 0.3 s");
        var attempts = capture.Attempts();
        attempts.Should().HaveCount(2);
        attempts.Count(a => a.GetTagItem("groq.rate_limit.wait") is double).Should().Be(1);
    }

    [Fact]
    public async Task Histograms_carry_the_queue_prompt_and_completion_times_and_the_speed_Groq_reports()
    {
        using var capture = new TelemetryCapture();
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Text("An answer.").WithUsage(promptTokens: 100, completionTokens: 50));
        using var chat = Chat(emulator, capture);

        await chat.GetResponseAsync("Hi", cancellationToken: Ct);

        Single(capture, "groq.server.queue_time").GetHistogramSum().Should().BeApproximately(0.0125, 1e-9);
        Single(capture, "groq.server.prompt_time").GetHistogramSum().Should().BeApproximately(0.004, 1e-9);
        Single(capture, "groq.server.completion_time").GetHistogramSum().Should().BeApproximately(0.2, 1e-9);
        Single(capture, "groq.server.output_tokens_per_second").GetHistogramSum().Should().BeApproximately(250, 1e-6);
        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        attempt.GetTagItem("groq.usage.prompt_time").Should().Be(0.004);
        attempt.GetTagItem("groq.usage.completion_time").Should().Be(0.2);
    }

    [Fact]
    public async Task A_stream_records_its_time_to_first_token_and_Groq_s_times_from_its_last_chunk()
    {
        using var capture = new TelemetryCapture();
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Text("A streamed answer in several pieces.").WithUsage(promptTokens: 20, completionTokens: 10));
        using var chat = Chat(emulator, capture);

        var updates = await chat.GetStreamingResponseAsync("Hi", cancellationToken: Ct).ToListAsync(Ct);

        updates.Should().NotBeEmpty();
        var ttft = Single(capture, "groq.client.time_to_first_token");
        ttft.GetHistogramSum().Should().BePositive();
        Single(capture, "groq.server.completion_time").GetHistogramSum().Should().BeApproximately(0.04, 1e-9);
        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        attempt.GetTagItem("groq.time_to_first_token").Should().BeOfType<double>()
            .Which.Should().BeLessThanOrEqualTo(attempt.Duration.TotalSeconds, "the span lasts until the stream has been read");
        attempt.GetTagItem("groq.usage.queue_time").Should().Be(0.0125);
    }

    [Fact]
    public async Task A_transcription_is_an_attempt_span_of_a_generate_content_operation_with_its_whisper_model()
    {
        using var capture = new TelemetryCapture();
        await using var emulator = await StartAsync(capture);
        using var speech = new GroqSpeechToTextClient("whisper-large-v3-turbo", EmulatorClients.Options(emulator));

        await speech.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 440)), cancellationToken: Ct);

        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        attempt.GetTagItem("gen_ai.operation.name").Should().Be("generate_content");
        attempt.GetTagItem("gen_ai.request.model").Should().Be("whisper-large-v3-turbo");
        attempt.GetTagItem("url.path").Should().Be("/openai/v1/audio/transcriptions");
        attempt.GetTagItem("http.response.status_code").Should().Be(200);
    }

    [Fact]
    public async Task No_prompt_answer_or_key_is_in_any_span_or_measurement_by_default()
    {
        const string Key = "gsk_TELEMETRY_secret_key_5e1d9a7c3b";
        const string Prompt = "PROMPT-MARKER-4d2f";
        const string Answer = "ANSWER-MARKER-8b1c";
        string meaiSource = "meai-" + Guid.NewGuid().ToString("N");
        using var capture = new TelemetryCapture(meaiSource);
        var emulatorOptions = new GroqEmulatorOptions { ApiKey = Key };
        emulatorOptions.Models.Add(capture.Model);
        await using var emulator = await GroqEmulator.StartAsync(emulatorOptions, Ct);
        emulator.Enqueue(EmulatorResponse.Text(Answer));
        emulator.Enqueue(EmulatorResponse.Text(Answer));
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limited", "requests", "rate_limit_exceeded").WithHeader("retry-after-ms", "5"));
        emulator.Enqueue(EmulatorResponse.Text(Answer));
        using var chat = Chat(emulator, capture, maxRetries: 1).AsBuilder().UseOpenTelemetry(sourceName: meaiSource).Build();

        (await chat.GetResponseAsync(Prompt, cancellationToken: Ct)).Text.Should().Be(Answer);
        (await chat.GetStreamingResponseAsync(Prompt, cancellationToken: Ct).ToListAsync(Ct)).Should().NotBeEmpty();
        (await chat.GetResponseAsync(Prompt, cancellationToken: Ct)).Text.Should().Be(Answer);

        var spans = capture.Spans();
        capture.Attempts().Should().HaveCount(4, "two calls, a stream and a retried call");
        var texts = spans.SelectMany(span => span.TagObjects.Select(tag => $"{span.DisplayName} {tag.Key}={tag.Value}")
                .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{span.DisplayName} {e.Name} {tag.Key}={tag.Value}"))))
            .Concat(capture.AllMetricTagValues())
            .ToList();
        texts.Should().Contain(text => text.Contains("groq.request_id=", StringComparison.Ordinal), "the scan must see the connector's tags");
        texts.Should().NotContain(text => text.Contains(Prompt, StringComparison.Ordinal) || text.Contains(Answer, StringComparison.Ordinal)
            || text.Contains("gsk_TELEMETRY", StringComparison.Ordinal));
    }

    private static async Task<GroqEmulator> StartAsync(TelemetryCapture capture)
    {
        var options = new GroqEmulatorOptions();
        options.Models.Add(capture.Model);
        return await GroqEmulator.StartAsync(options, Ct);
    }

    private static GroqChatClient Chat(GroqEmulator emulator, TelemetryCapture capture, int maxRetries = 0) =>
        new(capture.Model, EmulatorClients.Options(emulator, maxRetries));

    private static OpenTelemetry.Metrics.MetricPoint Single(TelemetryCapture capture, string metric)
    {
        var point = capture.Points(metric).Should().ContainSingle($"one call recorded {metric}").Subject;
        point.GetHistogramCount().Should().Be(1);
        return point;
    }
}
