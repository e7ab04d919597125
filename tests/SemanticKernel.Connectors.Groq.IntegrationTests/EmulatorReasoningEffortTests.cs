using System.Net;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulated reasoning models think longer the higher the <c>reasoning_effort</c>, deterministically.</summary>
public sealed class EmulatorReasoningEffortTests
{
    private const string GptOss = "openai/gpt-oss-20b";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, "The user asked: hi I will answer by repeating the question.")]
    [InlineData("default", "The user asked: hi I will answer by repeating the question.")]
    [InlineData("medium", "The user asked: hi I will answer by repeating the question.")]
    [InlineData("low", "I will answer by repeating the question.")]
    [InlineData("high", "The user asked: hi I will answer by repeating the question. Before answering, I read the question again to be sure nothing in it was missed.")]
    public async Task Reasoning_text_depends_on_the_effort(string? effort, string reasoning)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var message = (await AskAsync(emulator, GptOss, effort)).GetProperty("choices")[0].GetProperty("message");

        message.GetProperty("reasoning").GetString().Should().Be(reasoning);
        message.GetProperty("content").GetString().Should().Be("You asked: hi");
    }

    [Fact]
    public async Task Reasoning_tokens_grow_from_low_to_medium_to_high_and_repeat_exactly()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var counts = new List<int>();
        foreach (var effort in new[] { "low", "medium", "high", "high" })
        {
            counts.Add(ReasoningTokens(await AskAsync(emulator, GptOss, effort)));
        }

        counts[0].Should().BeLessThan(counts[1]);
        counts[1].Should().BeLessThan(counts[2]);
        counts[3].Should().Be(counts[2]);
    }

    [Fact]
    public async Task Effort_none_answers_without_reasoning()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var answer = await AskAsync(emulator, "qwen/qwen3-32b", "none");

        var message = answer.GetProperty("choices")[0].GetProperty("message");
        message.TryGetProperty("reasoning", out _).Should().BeFalse();
        message.GetProperty("content").GetString().Should().Be("You asked: hi");
        answer.GetProperty("usage").TryGetProperty("completion_tokens_details", out _).Should().BeFalse();
    }

    [Fact]
    public async Task An_effort_groq_does_not_list_is_refused_naming_reasoning_effort()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, body) = await EmulatorChatHttp.PostAsync(
            emulator, $$"""{"model":"{{GptOss}}","messages":[{"role":"user","content":"hi"}],"reasoning_effort":"extreme"}""", Ct);

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("param").GetString().Should().Be("reasoning_effort");
    }

    private static async Task<JsonElement> AskAsync(GroqEmulator emulator, string model, string? effort)
    {
        var field = effort is null ? string.Empty : $",\"reasoning_effort\":\"{effort}\"";
        var (status, body) = await EmulatorChatHttp.PostAsync(emulator, $$"""{"model":"{{model}}","messages":[{"role":"user","content":"hi"}]{{field}}}""", Ct);
        status.Should().Be(HttpStatusCode.OK);
        return body;
    }

    private static int ReasoningTokens(JsonElement answer) =>
        answer.GetProperty("usage").GetProperty("completion_tokens_details").GetProperty("reasoning_tokens").GetInt32();
}
