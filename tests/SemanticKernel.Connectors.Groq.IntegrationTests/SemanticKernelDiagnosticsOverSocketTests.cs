using System.ComponentModel;
using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Emulator;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Semantic Kernel's model-level <c>gen_ai</c> spans from <see cref="GroqChatCompletionService"/>, behind SK's own switches, over
/// loopback sockets to the emulator. The switches are process-wide, so these tests run alone and put them back afterwards;
/// the service reads them when it is made.
/// </summary>
[Collection(ProcessAppContextSwitches.Name)]
public sealed class SemanticKernelDiagnosticsOverSocketTests
{
    private const string SkDiagnostics = "Microsoft.SemanticKernel.Diagnostics";
    private const string EnableSwitch = "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnostics";
    private const string SensitiveSwitch = "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_SK_s_switch_on_a_kernel_prompt_makes_SK_s_gen_ai_chat_span_under_the_function_span_with_the_attempt_under_it()
    {
        using var on = new AppContextSwitchScope(EnableSwitch, true);
        using var capture = new TelemetryCapture("Microsoft.SemanticKernel*");
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Text("An answer.").WithUsage(promptTokens: 12, completionTokens: 3));
        var kernel = Kernel(emulator, capture);
        var settings = new GroqPromptExecutionSettings { MaxTokens = 100, Temperature = 0.5f, TopP = 0.25f };

        var result = await kernel.InvokePromptAsync("Hi", new KernelArguments(settings), cancellationToken: Ct);

        var span = capture.Spans().Should().ContainSingle(s => s.Source.Name == SkDiagnostics).Subject;
        span.DisplayName.Should().Be("chat " + capture.Model);
        span.Kind.Should().Be(ActivityKind.Client);
        span.GetTagItem("gen_ai.operation.name").Should().Be("chat");
        span.GetTagItem("gen_ai.system").Should().Be("groq");
        span.GetTagItem("gen_ai.request.model").Should().Be(capture.Model);
        span.GetTagItem("server.address").Should().Be(emulator.Endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        span.GetTagItem("server.port").Should().Be(emulator.Endpoint.Port);
        span.GetTagItem("gen_ai.request.max_tokens").Should().Be(100);
        span.GetTagItem("gen_ai.request.temperature").Should().Be(0.5);
        span.GetTagItem("gen_ai.request.top_p").Should().Be(0.25);
        span.GetTagItem("gen_ai.response.id").Should().Be(result.GetValue<ChatMessageContent>()!.Metadata![GroqMetadataKeys.Id]);
        span.GetTagItem("gen_ai.response.finish_reason").Should().Be("[\"Stop\"]");
        span.GetTagItem("gen_ai.usage.input_tokens").Should().Be(12);
        span.GetTagItem("gen_ai.usage.output_tokens").Should().Be(3);
        span.Events.Should().BeEmpty("content is recorded only with the sensitive switch");
        span.Status.Should().Be(ActivityStatusCode.Unset);

        var function = capture.Spans().Should().ContainSingle(s => s.SpanId == span.ParentSpanId).Subject;
        function.Source.Name.Should().Be("Microsoft.SemanticKernel");
        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        attempt.ParentSpanId.Should().Be(span.SpanId);
    }

    [Fact]
    public async Task With_SK_s_switch_on_a_streamed_answer_s_span_covers_the_stream_and_carries_its_tokens_and_finish_reason()
    {
        using var on = new AppContextSwitchScope(EnableSwitch, true);
        using var capture = new TelemetryCapture(SkDiagnostics);
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Text("A streamed answer in several pieces.", finishReason: "length").WithUsage(promptTokens: 20, completionTokens: 10));
        var service = Service(emulator, capture);

        var updates = await service.GetStreamingChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct).ToListAsync(Ct);

        updates.Should().NotBeEmpty();
        var span = capture.Spans().Should().ContainSingle(s => s.Source.Name == SkDiagnostics).Subject;
        span.ParentSpanId.Should().Be(capture.Root.SpanId);
        span.GetTagItem("gen_ai.response.finish_reason").Should().Be("[\"Length\"]");
        span.GetTagItem("gen_ai.usage.input_tokens").Should().Be(20);
        span.GetTagItem("gen_ai.usage.output_tokens").Should().Be(10);
        span.GetTagItem("gen_ai.response.id").Should().Be(updates[0].Metadata![GroqMetadataKeys.Id]);
        var attempt = capture.Attempts().Should().ContainSingle().Subject;
        attempt.ParentSpanId.Should().Be(span.SpanId);
        (span.StartTimeUtc + span.Duration).Should().BeOnOrAfter(attempt.StartTimeUtc + attempt.Duration, "the chat span ends when the stream has been read");
    }

    [Fact]
    public async Task With_SK_s_switch_on_text_generation_makes_the_same_chat_span_streaming_or_not()
    {
        using var on = new AppContextSwitchScope(EnableSwitch, true);
        using var capture = new TelemetryCapture(SkDiagnostics);
        await using var emulator = await StartAsync(capture);
        var service = Service(emulator, capture);

        await service.GetTextContentsAsync("Hi", cancellationToken: Ct);
        await service.GetStreamingTextContentsAsync("Hi", cancellationToken: Ct).ToListAsync(Ct);

        var spans = capture.Spans().Where(s => s.Source.Name == SkDiagnostics).ToList();
        spans.Should().HaveCount(2).And.OnlyContain(s => s.DisplayName == "chat " + capture.Model && (string?)s.GetTagItem("gen_ai.operation.name") == "chat");
        capture.Attempts().Select(a => a.ParentSpanId).Should().BeEquivalentTo(spans.Select(s => s.SpanId));
    }

    [Fact]
    public async Task With_SK_s_switches_off_no_gen_ai_span_is_made_and_the_attempt_stays_under_the_function_span()
    {
        using var off = new AppContextSwitchScope(EnableSwitch, false);
        using var sensitiveOff = new AppContextSwitchScope(SensitiveSwitch, false);
        using var capture = new TelemetryCapture("Microsoft.SemanticKernel*");
        await using var emulator = await StartAsync(capture);
        var kernel = Kernel(emulator, capture);

        await kernel.InvokePromptAsync("Hi", cancellationToken: Ct);
        await kernel.InvokePromptStreamingAsync("Hi", cancellationToken: Ct).ToListAsync(Ct);

        var spans = capture.Spans();
        spans.Should().NotContain(s => s.Source.Name == SkDiagnostics);
        var attempts = capture.Attempts();
        attempts.Should().HaveCount(2);
        attempts.Should().OnlyContain(a => spans.Single(s => s.SpanId == a.ParentSpanId).Source.Name == "Microsoft.SemanticKernel");
    }

    [Fact]
    public async Task Only_the_sensitive_switch_puts_the_messages_and_the_answer_on_the_span_as_SK_s_events()
    {
        const string Prompt = "PROMPT-MARKER-61c0";
        const string Answer = "ANSWER-MARKER-7e2a";
        using var capture = new TelemetryCapture(SkDiagnostics);
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Text(Answer));
        emulator.Enqueue(EmulatorResponse.Text(Answer));
        emulator.Enqueue(EmulatorResponse.Text(Answer));
        var history = new ChatHistory("You are terse.");
        history.AddUserMessage(Prompt);

        GroqChatCompletionService plain, sensitive;
        using (new AppContextSwitchScope(EnableSwitch, true))
        {
            plain = Service(emulator, capture);
        }

        using (new AppContextSwitchScope(SensitiveSwitch, true))
        {
            sensitive = Service(emulator, capture);
        }

        await plain.GetChatMessageContentsAsync(history, cancellationToken: Ct);
        await sensitive.GetChatMessageContentsAsync(history, cancellationToken: Ct);
        await sensitive.GetStreamingChatMessageContentsAsync(history, cancellationToken: Ct).ToListAsync(Ct);

        var spans = capture.Spans().Where(s => s.Source.Name == SkDiagnostics).ToList();
        spans.Should().HaveCount(3, "the sensitive switch turns the spans on by itself");
        Texts(spans[0]).Should().NotContain(text => text.Contains(Prompt, StringComparison.Ordinal) || text.Contains(Answer, StringComparison.Ordinal));
        spans[0].Events.Should().BeEmpty();
        foreach (var span in spans.Skip(1))
        {
            span.Events.Select(e => e.Name).Should().Equal("gen_ai.system.message", "gen_ai.user.message", "gen_ai.choice");
            var events = span.Events.ToList();
            events[0].Tags.Should().Contain(new KeyValuePair<string, object?>("gen_ai.event.content",
                """{"role":"system","name":null,"content":"You are terse.","tool_calls":[]}"""));
            events[1].Tags.Should().Contain(new KeyValuePair<string, object?>("gen_ai.system", "groq"));
            events[1].Tags.Should().Contain(new KeyValuePair<string, object?>("gen_ai.event.content",
                $$"""{"role":"user","name":null,"content":"{{Prompt}}","tool_calls":[]}"""));
            events[2].Tags.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, object?>("gen_ai.event.content",
                $$"""{"index":0,"message":{"role":"assistant","name":null,"content":"{{Answer}}","tool_calls":[]},"tool_calls":[],"finish_reason":"Stop"}"""));
        }
    }

    [Fact]
    public async Task With_function_calling_each_request_has_its_own_span_and_the_sensitive_choice_names_the_call()
    {
        using var on = new AppContextSwitchScope(SensitiveSwitch, true);
        using var capture = new TelemetryCapture("Microsoft.SemanticKernel*");
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.ToolCalls(new EmulatorToolCall("weather-get", """{"city":"Paris"}""", "call_1")));
        emulator.Enqueue(EmulatorResponse.Text("Sunny in Paris."));
        var kernel = Kernel(emulator, capture);
        kernel.Plugins.AddFromType<WeatherPlugin>("weather");
        var settings = new GroqPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var result = await kernel.InvokePromptAsync("Weather in Paris?", new KernelArguments(settings), cancellationToken: Ct);

        result.ToString().Should().Be("Sunny in Paris.");
        var spans = capture.Spans().Where(s => s.Source.Name == SkDiagnostics).ToList();
        spans.Should().HaveCount(2);
        spans[0].GetTagItem("gen_ai.response.finish_reason").Should().Be("[\"ToolCalls\"]");
        var call = """[{"id":"call_1","function":{"name":"get","arguments":{"city":"Paris"}},"type":"function"}]""";
        spans[0].Events.Last().Tags.Single().Value.Should().Be(
            $$"""{"index":0,"message":{"role":"assistant","name":null,"content":null,"tool_calls":{{call}}},"tool_calls":{{call}},"finish_reason":"ToolCalls"}""");
        spans[1].Events.Select(e => e.Name).Should().Equal("gen_ai.user.message", "gen_ai.assistant.message", "gen_ai.tool.message", "gen_ai.choice");
        capture.Attempts().Select(a => a.ParentSpanId).Should().Equal(spans.Select(s => s.SpanId));
    }

    [Fact]
    public async Task A_failed_request_s_span_is_marked_failed_with_the_exception_s_type_as_SK_marks_it()
    {
        using var on = new AppContextSwitchScope(EnableSwitch, true);
        using var capture = new TelemetryCapture(SkDiagnostics);
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Error(400, "Bad request", code: "invalid_request"));
        var service = Service(emulator, capture);

        var call = () => service.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);

        await call.Should().ThrowAsync<GroqException>();
        var span = capture.Spans().Should().ContainSingle(s => s.Source.Name == SkDiagnostics).Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("error.type").Should().Be(typeof(GroqException).FullName);
        span.GetTagItem("gen_ai.response.finish_reason").Should().BeNull("no answer came");
        capture.Attempts().Should().ContainSingle().Which.ParentSpanId.Should().Be(span.SpanId);
    }

    [Fact]
    public async Task The_SK_path_records_token_usage_by_type_without_any_switch_and_the_MEAI_client_path_leaves_it_to_UseOpenTelemetry()
    {
        using var off = new AppContextSwitchScope(EnableSwitch, false);
        using var capture = new TelemetryCapture(SkDiagnostics);
        await using var emulator = await StartAsync(capture);
        emulator.Enqueue(EmulatorResponse.Text("One.").WithUsage(promptTokens: 30, completionTokens: 5));
        emulator.Enqueue(EmulatorResponse.Text("Two.").WithUsage(promptTokens: 40, completionTokens: 7));
        emulator.Enqueue(EmulatorResponse.Text("Three.").WithUsage(promptTokens: 1000, completionTokens: 1000));
        var service = Service(emulator, capture);
        using var client = new GroqChatClient(capture.Model, EmulatorClients.Options(emulator));

        await service.GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct);
        await service.GetStreamingChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), cancellationToken: Ct).ToListAsync(Ct);
        await client.GetResponseAsync([new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, "Hi")], cancellationToken: Ct);

        var points = capture.Points("groq.client.token.usage");
        points.Should().HaveCount(2);
        var input = points.Single(p => (string?)TelemetryCapture.Tag(p, "gen_ai.token.type") == "input");
        var output = points.Single(p => (string?)TelemetryCapture.Tag(p, "gen_ai.token.type") == "output");
        input.GetHistogramCount().Should().Be(2);
        input.GetHistogramSum().Should().Be(70, "the MEAI client's 1000 tokens are not counted here");
        output.GetHistogramSum().Should().Be(12);
        TelemetryCapture.Tag(input, "gen_ai.provider.name").Should().Be("groq");
        TelemetryCapture.Tag(input, "gen_ai.operation.name").Should().Be("chat");
    }

    private static List<string> Texts(Activity span) =>
        [.. span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"), .. span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}"))];

    private static async Task<GroqEmulator> StartAsync(TelemetryCapture capture)
    {
        var options = new GroqEmulatorOptions();
        options.Models.Add(capture.Model);
        return await GroqEmulator.StartAsync(options, Ct);
    }

    private static GroqChatCompletionService Service(GroqEmulator emulator, TelemetryCapture capture) =>
        new(capture.Model, EmulatorClients.Options(emulator));

    private static Kernel Kernel(GroqEmulator emulator, TelemetryCapture capture)
    {
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(Service(emulator, capture));
        return builder.Build();
    }

    private sealed class WeatherPlugin
    {
        [KernelFunction("get"), Description("The weather in a city.")]
        public static string Get(string city) => $"Sunny in {city}.";
    }
}
