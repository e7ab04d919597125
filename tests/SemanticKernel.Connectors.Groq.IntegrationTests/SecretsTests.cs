using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// With logging at Trace, telemetry recorded and every error path taken, neither the right nor a wrong API key shows up
/// in any log, exception message, <c>ToString()</c>, exception property or telemetry tag.
/// </summary>
public sealed class SecretsTests
{
    private const string Key = "gsk_SECRET_live_key_7f3a9c2e51b84d06";
    private const string WrongKey = "gsk_SECRET_wrong_key_0b1c2d3e4f5a6b7c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_key_appears_in_logs_exceptions_or_telemetry_on_any_path()
    {
        var captured = new ConcurrentQueue<string>();
        using var loggerFactory = new TextCapturingLoggerFactory(captured);
        using var listener = Telemetry(captured);
        await using var emulator = await GroqEmulator.StartAsync(new GroqEmulatorOptions { ApiKey = Key }, Ct);
        var options = new GroqClientOptions { ApiKey = Key, Endpoint = emulator.Endpoint, MaxRetries = 1, Timeout = TimeSpan.FromSeconds(2) };
        using IChatClient chat = new GroqChatClient("llama-3.3-70b-versatile", options, loggerFactory: loggerFactory)
            .AsBuilder().UseOpenTelemetry(loggerFactory, "secrets-test", c => c.EnableSensitiveData = true).Build();

        // Successes, so the happy path's logs and spans are scanned too.
        await chat.GetResponseAsync("Hi", cancellationToken: Ct);
        await chat.GetStreamingResponseAsync("Hi", cancellationToken: Ct).ToListAsync(Ct);

        int failures = 0;
        async Task ExpectFailure(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (Exception ex)
            {
                failures++;
                Scan(ex, captured);
                return;
            }

            throw new InvalidOperationException("The call was expected to fail.");
        }

        emulator.Enqueue(EmulatorResponse.Error(400, $"Bad value near Bearer {Key}", code: "invalid_value", param: "messages"));
        await ExpectFailure(() => chat.GetResponseAsync("Hi", cancellationToken: Ct));
        emulator.Enqueue(EmulatorResponse.Error(429, "Rate limited", "requests", "rate_limit_exceeded").WithHeader("retry-after", "0"));
        emulator.Enqueue(EmulatorResponse.Error(503, "Over capacity", "server_error"));
        await ExpectFailure(() => chat.GetResponseAsync("Hi", cancellationToken: Ct));
        emulator.Enqueue(EmulatorResponse.RawSse("event: error\ndata: {\"error\":{\"message\":\"boom " + Key + "\",\"type\":\"server_error\"}}\n\n"));
        await ExpectFailure(() => chat.GetStreamingResponseAsync("Hi", cancellationToken: Ct).ToListAsync(Ct).AsTask());
        emulator.Enqueue(EmulatorResponse.Text("A long answer that is cut").WithCutAfterChunks(2));
        await ExpectFailure(() => chat.GetStreamingResponseAsync("Hi", cancellationToken: Ct).ToListAsync(Ct).AsTask());
        emulator.Enqueue(EmulatorResponse.RawBody(200, "{not json " + Key));
        await ExpectFailure(() => chat.GetResponseAsync("Hi", cancellationToken: Ct));
        emulator.Enqueue(EmulatorResponse.Text("slow").WithDelay(TimeSpan.FromSeconds(5)));
        emulator.Enqueue(EmulatorResponse.Text("slow").WithDelay(TimeSpan.FromSeconds(5)));
        await ExpectFailure(() => chat.GetResponseAsync("Hi", cancellationToken: Ct));

        using var wrong = new GroqChatClient("llama-3.3-70b-versatile", WithKey(options, WrongKey), loggerFactory: loggerFactory);
        await ExpectFailure(() => wrong.GetResponseAsync("Hi", cancellationToken: Ct));
        using var unreachable = new GroqChatClient(
            "llama-3.3-70b-versatile", new GroqClientOptions { ApiKey = Key, Endpoint = new Uri("http://127.0.0.1:9/openai/v1"), MaxRetries = 0 }, loggerFactory: loggerFactory);
        await ExpectFailure(() => unreachable.GetResponseAsync("Hi", cancellationToken: Ct));

        var service = new GroqChatCompletionService("llama-3.3-70b-versatile", options, loggerFactory: loggerFactory);
        emulator.Enqueue(EmulatorResponse.Error(400, "tool_use_failed", code: "tool_use_failed", failedGeneration: "{\"key\":\"" + Key + "\"}"));
        await ExpectFailure(() => service.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct));

        using var speech = new GroqSpeechToTextClient("whisper-large-v3-turbo", options, loggerFactory: loggerFactory);
        await ExpectFailure(() => speech.GetTextAsync(new MemoryStream(ToneWav.Bytes(16000, 440)), new SpeechToTextOptions { ModelId = "whisper-unknown" }, Ct));
        using var tts = new GroqTextToSpeechClient("canopylabs/orpheus-v1-english", WithKey(options, WrongKey), loggerFactory: loggerFactory);
        await ExpectFailure(() => tts.GetAudioAsync("Hello", cancellationToken: Ct));

        failures.Should().Be(11);
        captured.Should().Contain(line => line.Contains("Groq request POST chat/completions", StringComparison.Ordinal), "Trace logging was on");
        captured.Should().Contain(line => line.StartsWith("activity:", StringComparison.Ordinal), "telemetry was recorded");
        captured.Should().Contain(line => line.Contains("Bad value near Bearer [REDACTED]", StringComparison.Ordinal), "the key Groq echoed back was masked");
        var leaks = captured.Where(text => text.Contains("gsk_SECRET", StringComparison.Ordinal)).ToList();
        leaks.Should().BeEmpty($"{captured.Count} captured texts were scanned for the keys");
    }

    private static GroqClientOptions WithKey(GroqClientOptions options, string key)
    {
        var copy = options.Clone();
        copy.ApiKey = key;
        return copy;
    }

    private static void Scan(Exception exception, ConcurrentQueue<string> captured)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            captured.Enqueue(e.Message);
            captured.Enqueue(e.ToString());
            if (e is GroqException groq)
            {
                captured.Enqueue(string.Join('|', groq.ErrorCode, groq.ErrorType, groq.Param, groq.FailedGeneration, groq.RequestId, groq.ResponseContent));
            }
        }
    }

    private static ActivityListener Telemetry(ConcurrentQueue<string> captured)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var text = new StringBuilder($"activity: {activity.DisplayName} {activity.StatusDescription}");
                foreach (var (key, value) in activity.TagObjects)
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }

                foreach (var activityEvent in activity.Events)
                {
                    text.Append(' ').Append(activityEvent.Name);
                    foreach (var (key, value) in activityEvent.Tags)
                    {
                        text.Append(' ').Append(key).Append('=').Append(value);
                    }
                }

                captured.Enqueue(text.ToString());
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>Every log at every level, formatted, with its structured values and exception.</summary>
    private sealed class TextCapturingLoggerFactory(ConcurrentQueue<string> captured) : ILoggerFactory, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            captured.Enqueue($"scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append(' ').Append(key).Append('=').Append(value);
                }
            }

            captured.Enqueue(text.Append(' ').Append(exception).ToString());
        }

        public void Dispose()
        {
        }
    }
}
