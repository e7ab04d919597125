using System.ComponentModel;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

public sealed class ChatOverSocketTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Text_answer_round_trips_with_usage_request_id_and_rate_limits()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync("Say hello", cancellationToken: Ct);

        response.Text.Should().Be("You asked: Say hello");
        response.FinishReason.Should().Be(ChatFinishReason.Stop);
        response.ModelId.Should().Be("llama-3.3-70b-versatile");
        response.ResponseId.Should().StartWith("chatcmpl-");
        response.Usage!.InputTokenCount.Should().BeGreaterThan(0);
        response.Usage.TotalTokenCount.Should().Be(response.Usage.InputTokenCount + response.Usage.OutputTokenCount);
        var requestId = response.AdditionalProperties![GroqMetadataKeys.RequestId].Should().BeOfType<string>().Subject;
        requestId.Should().StartWith("req_");
        var limits = response.AdditionalProperties[GroqMetadataKeys.RateLimits].Should().BeOfType<GroqRateLimits>().Subject;
        limits.LimitRequests.Should().Be(14400);
        limits.RemainingRequests.Should().BeLessThan(14400);
        limits.ResetTokens.Should().NotBeNull();

        var sent = emulator.Requests.Should().ContainSingle().Subject;
        sent.StatusCode.Should().Be(200);
        sent.Headers["authorization"].Should().Be($"Bearer {emulator.ApiKey}");
        sent.Headers["user-agent"].Should().StartWith("SemanticKernel.Connectors.Groq/");
        sent.Json!.Value.GetProperty("messages")[0].GetProperty("content").GetString().Should().Be("Say hello");
    }

    [Fact]
    public async Task Streaming_yields_the_text_in_pieces_with_one_usage_and_a_stable_message_id()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var updates = await client.GetStreamingResponseAsync("Tell me three words", cancellationToken: Ct).ToListAsync(Ct);

        updates.Count.Should().BeGreaterThan(3);
        string.Concat(updates.Select(u => u.Text)).Should().Be("You asked: Tell me three words");
        updates.Select(u => u.MessageId).Distinct().Should().ContainSingle().Which.Should().StartWith("chatcmpl-");
        updates.SelectMany(u => u.Contents).OfType<UsageContent>().Should().ContainSingle()
            .Which.Details.OutputTokenCount.Should().BeGreaterThan(0);
        updates.Last(u => u.FinishReason is not null).FinishReason.Should().Be(ChatFinishReason.Stop);
        emulator.Requests.Single().Json!.Value.GetProperty("stream").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Tool_calling_conversation_streams_through_UseFunctionInvocation()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator).AsBuilder().UseFunctionInvocation().Build();
        int calls = 0;
        var weather = AIFunctionFactory.Create(
            ([Description("The city")] string city) => { calls++; return $"Sunny in {city}"; }, "get_weather", "Gets the weather");

        var updates = await client.GetStreamingResponseAsync(
            "Weather in Paris?", new ChatOptions { Tools = [weather] }, Ct).ToListAsync(Ct);

        calls.Should().Be(1);
        string.Concat(updates.Select(u => u.Text)).Should().Be("According to get_weather: Sunny in Paris");
        emulator.Requests.Should().HaveCount(2);
        var second = emulator.Requests[1].Json!.Value.GetProperty("messages");
        second.GetArrayLength().Should().Be(3);
        second[1].GetProperty("role").GetString().Should().Be("assistant");
        string callId = second[1].GetProperty("tool_calls")[0].GetProperty("id").GetString()!;
        second[2].GetProperty("role").GetString().Should().Be("tool");
        second[2].GetProperty("tool_call_id").GetString().Should().Be(callId);
        second[2].GetProperty("content").GetString().Should().Be("Sunny in Paris");
        emulator.Requests.Should().OnlyContain(r => r.StatusCode == 200);
    }

    [Fact]
    public async Task Tool_calling_works_non_streaming_and_history_reaches_groq_without_names()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator).AsBuilder().UseFunctionInvocation().Build();
        var add = AIFunctionFactory.Create((int a, int b) => a + b, "add", "Adds two numbers");
        var history = new List<ChatMessage>
        {
            new(ChatRole.System, "You are a calculator.") { AuthorName = "setup" },
            new(ChatRole.User, "What is 1 + 1?") { AuthorName = "alice" },
        };

        var response = await client.GetResponseAsync(history, new ChatOptions { Tools = [add] }, Ct);

        response.Text.Should().Be("According to add: 2");
        response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Should().ContainSingle()
            .Which.Arguments.Should().ContainKeys("a", "b");
        emulator.Requests.Should().OnlyContain(r => r.StatusCode == 200 && !r.BodyText.Contains("\"name\":\"alice\"") && !r.BodyText.Contains("\"name\":\"setup\""));
    }

    [Fact]
    public async Task Structured_output_sends_json_schema_and_deserializes_the_answer()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync<CityReport>("Describe Paris", cancellationToken: Ct);

        response.Result.City.Should().Be("Paris");
        var format = emulator.Requests.Single().Json!.Value.GetProperty("response_format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        format.GetProperty("json_schema").GetProperty("schema").GetProperty("properties").TryGetProperty("city", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Json_mode_while_streaming_makes_one_non_streaming_request()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var updates = await client.GetStreamingResponseAsync(
            "Give me JSON", new ChatOptions { ResponseFormat = ChatResponseFormat.Json }, Ct).ToListAsync(Ct);

        var update = updates.Should().ContainSingle().Subject;
        using var json = JsonDocument.Parse(update.Text);
        json.RootElement.GetProperty("answer").GetString().Should().Be("Give me JSON");
        update.Contents.OfType<UsageContent>().Should().ContainSingle();
        var sent = emulator.Requests.Single();
        sent.StatusCode.Should().Be(200);
        sent.Json!.Value.TryGetProperty("stream", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Reasoning_model_returns_reasoning_content_streamed_and_whole()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "qwen/qwen3-32b");
        var options = new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "parsed" } };

        var whole = await client.GetResponseAsync("Count the r's", options, Ct);
        var streamed = await client.GetStreamingResponseAsync("Count the r's", options, Ct).ToListAsync(Ct);

        whole.Messages[0].Contents.OfType<TextReasoningContent>().Single().Text.Should().Be("The user asked: Count the r's I will answer by repeating the question.");
        string.Concat(streamed.SelectMany(u => u.Contents).OfType<TextReasoningContent>().Select(r => r.Text))
            .Should().Be("The user asked: Count the r's I will answer by repeating the question.");
        string.Concat(streamed.Select(u => u.Text)).Should().Be(whole.Text);
        emulator.Requests.Should().OnlyContain(r => r.Json!.Value.GetProperty("reasoning_format").GetString() == "parsed");
    }

    [Fact]
    public async Task Images_reach_groq_as_image_url_parts()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "meta-llama/llama-4-scout-17b-16e-instruct");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        var message = new ChatMessage(ChatRole.User,
        [
            new TextContent("What is in these pictures?"),
            new DataContent(png, "image/png"),
            new UriContent(new Uri("https://example.com/cat.jpg"), "image/jpeg"),
        ]);

        var response = await client.GetResponseAsync([message], cancellationToken: Ct);

        response.Text.Should().Be("You asked: What is in these pictures? [2 images: image/png, 8 bytes; https://example.com/cat.jpg]");
        var parts = emulator.Requests.Single().Json!.Value.GetProperty("messages")[0].GetProperty("content");
        parts[1].GetProperty("image_url").GetProperty("url").GetString().Should().Be("data:image/png;base64,iVBORw0KGgo=");
        parts[2].GetProperty("image_url").GetProperty("url").GetString().Should().Be("https://example.com/cat.jpg");
    }

    [Fact]
    public async Task Scripted_tool_call_arguments_split_across_deltas_arrive_whole()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.ToolCalls(new EmulatorToolCall("lookup", """{"query":"a fairly long query string to split","limit":5}""")));
        using var client = EmulatorClients.Chat(emulator);
        var lookup = AIFunctionFactory.Create((string query, int limit) => "x", "lookup");

        var updates = await client.GetStreamingResponseAsync("find", new ChatOptions { Tools = [lookup] }, Ct).ToListAsync(Ct);

        var call = updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>().Should().ContainSingle().Subject;
        call.Name.Should().Be("lookup");
        call.Arguments!["query"]!.ToString().Should().Be("a fairly long query string to split");
        call.Arguments["limit"]!.ToString().Should().Be("5");
        updates.Last(u => u.FinishReason is not null).FinishReason.Should().Be(ChatFinishReason.ToolCalls);
    }

    [Fact]
    public async Task Strict_structured_output_is_sent_and_accepted_by_Groq_validation()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);
        var strict = new ChatOptions { AdditionalProperties = new() { [GroqChatOptionKeys.StrictJsonSchema] = true } };

        var report = await client.GetResponseAsync<CityReport>("Describe Paris", strict, cancellationToken: Ct);

        report.Result.City.Should().NotBeNull();
        var sent = emulator.Requests.Single();
        sent.StatusCode.Should().Be(200);
        sent.Json!.Value.GetProperty("response_format").GetProperty("json_schema").GetProperty("strict").GetBoolean().Should().BeTrue();
    }

    private sealed record CityReport(string City, int Population);
}
