using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Server-sent event framing both connectors must accept.</summary>
public sealed class StreamFramingDifferentialTests
{
    private const string ChunkTemplate =
        """{"id":"chatcmpl-raw","object":"chat.completion.chunk","created":1730000000,"model":"llama-3.3-70b-versatile","system_fingerprint":"fp_raw","choices":[{"index":0,"delta":DELTA,"logprobs":null,"finish_reason":FINISH}]TAIL}""";

    private const string Usage = """{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}""";

    [Theory, InlineData("data: [DONE]"), InlineData("data: [DONE]\n")]
    public Task A_stream_ending_with_done_and_no_blank_line_is_read_to_the_end(string ending) =>
        Differential.AssertSameAsync(new DifferentialScenario
        {
            Name = $"raw stream ending with {ending.Replace("\n", "\\n", StringComparison.Ordinal)}",
            Streaming = true,
            Settings = ScenarioSettings.Native(null),
            Script = [EmulatorResponse.RawSse(
                Event("""{"role":"assistant","content":""}""") + Event("""{"content":"Hello"}""") + Event("""{"content":" there"}""")
                + Event("{}", "\"stop\"", $",\"x_groq\":{{\"id\":\"req_raw\",\"usage\":{Usage}}},\"usage\":{Usage}") + ending)],
            ExpectClassic = run => string.Concat(run.Updates!.Select(u => u.Content)).Should().Be("Hello there"),
        });

    private static string Event(string delta, string finishReason = "null", string tail = "") =>
        "data: " + ChunkTemplate.Replace("DELTA", delta, StringComparison.Ordinal).Replace("FINISH", finishReason, StringComparison.Ordinal)
            .Replace("TAIL", tail, StringComparison.Ordinal) + "\n\n";
}
