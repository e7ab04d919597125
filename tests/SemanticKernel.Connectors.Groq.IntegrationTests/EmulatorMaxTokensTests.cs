using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// The emulator's default answer stops at <c>max_completion_tokens</c> (or <c>max_tokens</c>) as a model does, counted with
/// its own estimate of four characters a token: text is cut with <c>finish_reason: length</c>; a tool call or JSON answer
/// that cannot be finished gets Groq's 400 with the generation so far (a streamed tool call, an error event in the stream).
/// </summary>
public sealed class EmulatorMaxTokensTests
{
    private const string Llama = "llama-3.3-70b-versatile";
    private const string SkyBlue = """[{"role":"user","content":"Why is the sky blue?"}]""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("max_completion_tokens")]
    [InlineData("max_tokens")]
    public async Task A_text_answer_longer_than_the_budget_is_cut_with_finish_reason_length(string field)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"{{field}}":3}""", Ct);

        status.Should().Be(HttpStatusCode.OK);
        var choice = body.GetProperty("choices")[0];
        choice.GetProperty("message").GetProperty("content").GetString().Should().Be("You asked: W");
        choice.GetProperty("finish_reason").GetString().Should().Be("length");
        var usage = body.GetProperty("usage");
        usage.GetProperty("completion_tokens").GetInt32().Should().Be(3);
        usage.GetProperty("total_tokens").GetInt32().Should().Be(usage.GetProperty("prompt_tokens").GetInt32() + 3);
    }

    [Fact]
    public async Task An_answer_that_fits_the_budget_exactly_is_whole_with_finish_reason_stop()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        // "You asked: Why is the sky blue?" is 31 characters: 8 tokens.
        var (_, body) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"max_completion_tokens":8}""", Ct);

        var choice = body.GetProperty("choices")[0];
        choice.GetProperty("message").GetProperty("content").GetString().Should().Be("You asked: Why is the sky blue?");
        choice.GetProperty("finish_reason").GetString().Should().Be("stop");
        body.GetProperty("usage").GetProperty("completion_tokens").GetInt32().Should().Be(8);
    }

    [Fact]
    public async Task A_streamed_answer_is_cut_the_same_way_and_its_last_chunk_says_length()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var chunks = await EmulatorChatHttp.StreamAsync(emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"max_completion_tokens":3,"stream":true}""", Ct);

        string.Concat(chunks.Select(chunk => chunk.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var c) ? c.GetString() : null))
            .Should().Be("You asked: W");
        var last = chunks[^1];
        last.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("length");
        last.GetProperty("x_groq").GetProperty("usage").GetProperty("completion_tokens").GetInt32().Should().Be(3);
        chunks.Take(chunks.Count - 1).Should().OnlyContain(chunk => chunk.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Reasoning_spends_the_budget_before_the_answer()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Hi = """[{"role":"user","content":"hi"}]""";

        // The reasoning "The user asked: hi I will answer by repeating the question." is 59 characters: 15 tokens.
        var (_, starved) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"qwen/qwen3-32b","messages":{{Hi}},"max_completion_tokens":10}""", Ct);
        var (_, brief) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"qwen/qwen3-32b","messages":{{Hi}},"max_completion_tokens":17}""", Ct);

        var starvedMessage = starved.GetProperty("choices")[0].GetProperty("message");
        starvedMessage.GetProperty("reasoning").GetString().Should().Be("The user asked: hi I will answer by repe");
        starvedMessage.GetProperty("content").GetString().Should().BeEmpty();
        starved.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("length");
        starved.GetProperty("usage").GetProperty("completion_tokens").GetInt32().Should().Be(10);
        starved.GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32().Should().Be(10);

        var briefMessage = brief.GetProperty("choices")[0].GetProperty("message");
        briefMessage.GetProperty("reasoning").GetString().Should().Be("The user asked: hi I will answer by repeating the question.");
        briefMessage.GetProperty("content").GetString().Should().Be("You aske");
        brief.GetProperty("usage").GetProperty("completion_tokens").GetInt32().Should().Be(17);
        brief.GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32().Should().Be(15);
    }

    [Theory]
    [InlineData("\"reasoning_format\":\"hidden\"")]
    [InlineData("\"include_reasoning\":false")]
    public async Task Hidden_reasoning_is_not_returned_but_still_spends_the_budget_and_is_counted(string hide)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Hi = """[{"role":"user","content":"hi"}]""";

        // The hidden reasoning "The user asked: hi I will answer by repeating the question." is 15 tokens, as when shown.
        var (_, body) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"qwen/qwen3-32b","messages":{{Hi}},{{hide}},"max_completion_tokens":17}""", Ct);

        var choice = body.GetProperty("choices")[0];
        choice.GetProperty("message").TryGetProperty("reasoning", out _).Should().BeFalse();
        choice.GetProperty("message").GetProperty("content").GetString().Should().Be("You aske");
        choice.GetProperty("finish_reason").GetString().Should().Be("length");
        body.GetProperty("usage").GetProperty("completion_tokens").GetInt32().Should().Be(17);
        body.GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32().Should().Be(15);
    }

    [Fact]
    public async Task Without_a_budget_the_models_own_maximum_bounds_the_answer()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Format = """{"type":"json_schema","json_schema":{"name":"essay","schema":{"type":"object","properties":{"text":{"type":"string","minLength":2000000000}},"required":["text"]}}}""";

        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"response_format":{{Format}}}""", Ct);

        // llama-3.3-70b-versatile writes at most 32,768 tokens: no answer of two billion characters can be finished.
        status.Should().Be(HttpStatusCode.BadRequest);
        var error = body.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("json_validate_failed");
        error.GetProperty("failed_generation").GetString().Should().HaveLength(32_768 * 4).And.StartWith("{\"text\":\"emulatedemulated");
    }

    [Fact]
    public async Task A_tool_call_that_does_not_fit_gets_400_tool_use_failed_with_the_generation_so_far()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Tools = """[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}]""";

        var (status, body) = await EmulatorChatHttp.PostAsync(
            emulator, $$"""{"model":"{{Llama}}","messages":[{"role":"user","content":"Weather in Paris?"}],"tools":{{Tools}},"max_completion_tokens":4}""", Ct);

        status.Should().Be(HttpStatusCode.BadRequest);
        var error = body.GetProperty("error");
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("code").GetString().Should().Be("tool_use_failed");
        error.GetProperty("message").GetString().Should().Be("Failed to call a function. Please adjust your prompt. See 'failed_generation' for more details.");
        error.GetProperty("failed_generation").GetString().Should().Be("""[{"name":"get_we""");
    }

    [Fact]
    public async Task A_streamed_tool_call_that_does_not_fit_ends_the_started_stream_with_a_tool_use_failed_error_event()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Tools = """[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}]""";
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(
                $$"""{"model":"{{Llama}}","messages":[{"role":"user","content":"Weather in Paris?"}],"tools":{{Tools}},"max_completion_tokens":4,"stream":true}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);

        using var response = await http.SendAsync(request, Ct);
        var events = (await response.Content.ReadAsStringAsync(Ct)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        // Groq finds the call unusable only once it has generated it: the stream has begun, so the refusal is an event in it.
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        events.Should().HaveCount(2);
        using var opening = JsonDocument.Parse(events[0]["data: ".Length..]);
        opening.RootElement.GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString().Should().Be("assistant");
        events[1].Should().StartWith("event: error\ndata: ");
        using var refusal = JsonDocument.Parse(events[1][(events[1].IndexOf("data: ", StringComparison.Ordinal) + "data: ".Length)..]);
        var error = refusal.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("tool_use_failed");
        error.GetProperty("failed_generation").GetString().Should().Be("""[{"name":"get_we""");
    }

    [Fact]
    public async Task A_json_answer_that_does_not_fit_gets_400_json_validate_failed_with_the_generation_so_far()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, body) = await EmulatorChatHttp.PostAsync(
            emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"response_format":{"type":"json_object"},"max_completion_tokens":2}""", Ct);

        status.Should().Be(HttpStatusCode.BadRequest);
        var error = body.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("json_validate_failed");
        error.GetProperty("message").GetString().Should().Be("Failed to generate JSON. Please adjust your prompt. See 'failed_generation' for more details.");
        error.GetProperty("failed_generation").GetString().Should().Be("""{"answer""");
    }

    [Fact]
    public async Task A_json_answer_that_fits_the_budget_is_returned_whole()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, body) = await EmulatorChatHttp.PostAsync(
            emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"response_format":{"type":"json_object"},"max_completion_tokens":100}""", Ct);

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().Be("""{"answer":"Why is the sky blue?"}""");
        body.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("stop");
    }

    [Fact]
    public async Task A_scripted_answer_is_returned_as_scripted_whatever_the_budget()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.Text("A scripted answer much longer than three tokens."));

        var (_, body) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"{{Llama}}","messages":{{SkyBlue}},"max_completion_tokens":3}""", Ct);

        body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().Be("A scripted answer much longer than three tokens.");
        body.GetProperty("choices")[0].GetProperty("finish_reason").GetString().Should().Be("stop");
    }
}
