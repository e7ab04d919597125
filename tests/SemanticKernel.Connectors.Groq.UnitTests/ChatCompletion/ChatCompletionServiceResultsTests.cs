using System.Net;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.TextGeneration;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>What <see cref="GroqChatCompletionService"/> returns: reasoning, metadata, fan-out, text generation.</summary>
public sealed class ChatCompletionServiceResultsTests
{
    private static CancellationToken Ct => TestClients.Ct;

    private static ChatHistory Hi => new("Hi", AuthorRole.User);

    [Fact]
    public async Task Reasoning_comes_first_as_ReasoningContent_with_the_answer_after_it()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Reasoning));
        var expected = TestData.Message(TestData.Reasoning);

        var reply = await Service(handler).GetChatMessageContentAsync(Hi, cancellationToken: Ct);

        reply.Items[0].Should().BeOfType<ReasoningContent>().Which.Text.Should().Be(expected.GetProperty("reasoning").GetString());
        reply.Content.Should().Be(expected.GetProperty("content").GetString());
        reply.Items.Should().HaveCount(2);
        reply.ModelId.Should().Be(TestClients.Model, "SK's connectors report the model asked for");
    }

    [Fact]
    public async Task Metadata_carries_id_created_finish_reason_usage_Groq_timings_and_rate_limits()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text))
            .WithHeader("x-ratelimit-limit-requests", "1000").WithHeader("x-ratelimit-remaining-requests", "999");
        using var recorded = JsonDocument.Parse(TestData.Read(TestData.Text));
        var root = recorded.RootElement;

        var reply = await Service(handler).GetChatMessageContentAsync(Hi, cancellationToken: Ct);

        var metadata = reply.Metadata!;
        metadata[GroqMetadataKeys.Id].Should().Be(root.GetProperty("id").GetString());
        metadata[GroqMetadataKeys.Created].Should().Be(DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("created").GetInt64()));
        metadata[GroqMetadataKeys.FinishReason].Should().Be("Stop", "SK code compares against the classic connector's names");
        var usage = metadata[GroqMetadataKeys.Usage].Should().BeOfType<UsageDetails>().Subject;
        usage.InputTokenCount.Should().Be(root.GetProperty("usage").GetProperty("prompt_tokens").GetInt64());
        usage.OutputTokenCount.Should().Be(root.GetProperty("usage").GetProperty("completion_tokens").GetInt64());
        metadata[GroqMetadataKeys.RequestId].Should().Be(root.GetProperty("x_groq").GetProperty("id").GetString());
        metadata[GroqMetadataKeys.TotalTime].Should().Be(TimeSpan.FromSeconds(root.GetProperty("usage").GetProperty("total_time").GetDouble()));
        metadata[GroqMetadataKeys.RateLimits].Should().BeOfType<GroqRateLimits>().Which.RemainingRequests.Should().Be(999);
        reply.InnerContent.Should().BeOfType<WireChatCompletion>("the bridge envelope is unpacked, not handed out");
    }

    [Fact]
    public async Task Streamed_reasoning_arrives_as_StreamingReasoningContent_and_every_update_has_id_and_created()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.ReasoningChunks)));

        var updates = await Service(handler).GetStreamingChatMessageContentsAsync(Hi, cancellationToken: Ct).ToListAsync(Ct);

        string.Concat(updates.SelectMany(u => u.Items.OfType<StreamingReasoningContent>()).Select(r => r.Text))
            .Should().Be(TestData.ConcatDeltas(TestData.ReasoningChunks, "reasoning"));
        string.Concat(updates.Select(u => u.Content)).Should().Be(TestData.ConcatDeltas(TestData.ReasoningChunks, "content"));
        updates.Should().OnlyContain(u => (string)u.Metadata![GroqMetadataKeys.Id]! == "chatcmpl-3556c041-562b-471f-9a90-763dbcea5a3f");
        updates.Should().OnlyContain(u => u.Metadata!.ContainsKey(GroqMetadataKeys.Created));
        var last = updates.Last(u => u.Metadata!.ContainsKey(GroqMetadataKeys.FinishReason));
        last.Metadata![GroqMetadataKeys.FinishReason].Should().Be("Stop");
        updates.Select(u => u.Metadata!.GetValueOrDefault(GroqMetadataKeys.Usage)).OfType<UsageDetails>().Should().ContainSingle()
            .Which.ReasoningTokenCount.Should().Be(963);
        updates.Should().OnlyContain(u => u.InnerContent == null, "chunks are read without a wire object per chunk, and the reader's chunk is reused");
    }

    [Fact]
    public async Task JSON_mode_while_streaming_sends_one_non_streaming_request_and_yields_it_once()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));

        var updates = await Service(handler).GetStreamingChatMessageContentsAsync(
            Hi, new GroqPromptExecutionSettings { ResponseFormat = "json_object" }, cancellationToken: Ct).ToListAsync(Ct);

        updates.Should().ContainSingle().Which.Content.Should().Be(TestData.Message(TestData.Text).GetProperty("content").GetString());
        var body = handler.Requests.Single().BodyJson;
        body.TryGetProperty("stream", out _).Should().BeFalse();
        body.GetProperty("response_format").GetProperty("type").GetString().Should().Be("json_object");
    }

    [Fact]
    public async Task Results_per_prompt_sends_that_many_single_choice_requests_and_returns_answers_in_request_order()
    {
        var handler = new NumberingHandler(expected: 3);

        var replies = await Service(handler).GetChatMessageContentsAsync(
            Hi, new GroqPromptExecutionSettings { ResultsPerPrompt = 3 }, cancellationToken: Ct);

        replies.Select(r => r.Content).Should().Equal("answer 0", "answer 1", "answer 2");
        handler.Bodies.Should().HaveCount(3).And.OnlyContain(b => !b.Contains("\"n\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Results_per_prompt_above_one_cannot_stream()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));

        Func<Task> act = async () => await Service(handler).GetStreamingChatMessageContentsAsync(
            Hi, new GroqPromptExecutionSettings { ResultsPerPrompt = 2 }, cancellationToken: Ct).ToListAsync(Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*ResultsPerPrompt 2*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Results_per_prompt_below_one_throws_naming_the_setting()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));

        Func<Task> act = () => Service(handler).GetChatMessageContentsAsync(Hi, new GroqPromptExecutionSettings { ResultsPerPrompt = 0 }, cancellationToken: Ct);

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("GroqPromptExecutionSettings.ResultsPerPrompt");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Results_per_prompt_above_one_with_auto_invoked_functions_throws()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("Clock", [KernelFunctionFactory.CreateFromMethod(() => "noon", "Now")]);

        Func<Task> act = () => Service(handler).GetChatMessageContentsAsync(
            Hi, new GroqPromptExecutionSettings { ResultsPerPrompt = 2, FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel, Ct);

        (await act.Should().ThrowAsync<NotSupportedException>()).WithMessage("*auto-invoked*");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Text_generation_goes_through_chat_with_the_prompt_as_the_user_message()
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        var service = Service(handler);

        var texts = await ((ITextGenerationService)service).GetTextContentsAsync("Write a haiku", cancellationToken: Ct);

        texts.Should().ContainSingle().Which.Text.Should().Be(TestData.Message(TestData.Text).GetProperty("content").GetString());
        texts[0].Metadata![GroqMetadataKeys.FinishReason].Should().Be("Stop");
        var messages = handler.Requests.Single().BodyJson.GetProperty("messages");
        messages.GetArrayLength().Should().Be(1);
        messages[0].GetProperty("role").GetString().Should().Be("user");
        messages[0].GetProperty("content").GetString().Should().Be("Write a haiku");
    }

    [Fact]
    public async Task Streaming_text_generation_yields_the_streamed_text()
    {
        var handler = CannedHandler.Sse(TestData.ToSse(TestData.ChunkLines(TestData.TextChunks)));
        var service = Service(handler);

        var pieces = await ((ITextGenerationService)service).GetStreamingTextContentsAsync("Hi", cancellationToken: Ct).ToListAsync(Ct);

        string.Concat(pieces.Select(p => p.Text)).Should().Be(TestData.ConcatDeltas(TestData.TextChunks, "content"));
    }

    [Fact]
    public void Attributes_hold_the_model_id_and_the_endpoint()
    {
        var service = new GroqChatCompletionService("openai/gpt-oss-20b", "gsk_x", new Uri("https://example.test/openai/v1/"));

        service.GetModelId().Should().Be("openai/gpt-oss-20b");
        service.GetEndpoint().Should().Be("https://example.test/openai/v1/");
        service.Attributes.Values.Should().NotContain("gsk_x");
    }

    private static GroqChatCompletionService Service(HttpMessageHandler handler) =>
        new(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler));

    /// <summary>Answers the Nth request to arrive with "answer N"; the first answers last, after all have arrived.</summary>
    private sealed class NumberingHandler(int expected) : HttpMessageHandler
    {
        private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string body = await request.Content!.ReadAsStringAsync(cancellationToken);
            int index;
            lock (Bodies)
            {
                Bodies.Add(body);
                index = _arrived++;
            }

            if (index == expected - 1)
            {
                _allArrived.SetResult();
            }

            if (index == 0)
            {
                await _allArrived.Task.WaitAsync(cancellationToken);
                await Task.Delay(50, cancellationToken);
            }

            string json = $$$"""
                {"id":"chatcmpl-{{{index}}}","object":"chat.completion","created":1770000000,"model":"llama-3.3-70b-versatile",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"answer {{{index}}}"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}
                """;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
