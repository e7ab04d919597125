using System.Text.RegularExpressions;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.IntegrationTests.Support;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// Every example under <c>examples/</c>, run as a process without <c>GROQ_API_KEY</c> (so against its in-process emulator),
/// exits cleanly and prints answers that make sense for its question.
/// </summary>
public sealed class ExamplesTests(ExampleRuns runs) : IClassFixture<ExampleRuns>
{
    private const string OfflineNotice = "GROQ_API_KEY is not set: using the local Groq emulator at http://127.0.0.1:";

    [Fact]
    public async Task QuickStart_calls_the_weather_tool_for_Paris_and_reports_tokens()
    {
        var run = await Succeeded("QuickStart");

        run.Lines.Should().Contain("According to get_weather: Sunny and 21 °C in Paris.", run.ToString());
        run.Lines.Should().Contain(line => Regex.IsMatch(line, @"^\[tokens: [1-9]\d* in, [1-9]\d* out\]$"), run.ToString());
    }

    [Fact]
    public async Task Plugins_shows_the_kernel_calling_the_plugin_with_Paris()
    {
        var run = await Succeeded("Plugins");

        run.Lines.Should().ContainInOrder(["[calling Weather.GetWeather(city: Paris)]", "According to Weather-GetWeather: Sunny and 21 °C in Paris."], run.ToString());
    }

    [Fact]
    public async Task Agent_answers_the_second_turn_about_Rome_not_Paris()
    {
        var run = await Succeeded("Agent");

        var answers = run.Lines.Skip(1).ToList();
        answers.Should().Equal(["According to get_weather: Sunny and 21 °C in Paris.", "According to get_weather: Sunny and 21 °C in Rome."], run.ToString());
    }

    [Fact]
    public async Task Batch_answers_each_of_the_twenty_cities_about_itself()
    {
        var run = await Succeeded("Batch");

        string[] cities = ["Paris", "Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Cairo", "Perth", "Dakar", "Seoul",
            "Porto", "Accra", "Delhi", "Kyoto", "Bern", "Tunis", "Riga", "Sofia", "Doha", "Baku"];
        foreach (var city in cities)
        {
            run.Lines.Should().Contain($"{city,-6} You asked: In one sentence, what is {city} known for?", run.ToString());
        }

        run.Lines.Should().Contain(line => line.Contains("completed", StringComparison.OrdinalIgnoreCase) && line.Contains("20/20 done", StringComparison.Ordinal));
        run.Lines[^1].Should().MatchRegex(@"^\[[1-9]\d* tokens in all\]$");
    }

    [Fact]
    public async Task Transcribe_names_the_tones_of_the_sample_with_its_language_and_length()
    {
        var run = await Succeeded("Transcribe");

        run.Lines.Should().Contain(line => line.StartsWith("tone", StringComparison.Ordinal) && line.Split(' ').All(word => word.StartsWith("tone", StringComparison.Ordinal)), run.ToString());
        run.Lines.Should().Contain(line => line.StartsWith("[English, 00:00:09.4, request req_", StringComparison.Ordinal));
        run.Lines.Should().Contain(line => line.Contains("segments flagged as doubtful", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Transcribe missing file", "no-such-recording.wav")]
    [InlineData("Speech missing folder", "no-such-folder")]
    public async Task A_missing_input_or_output_path_prints_one_line_and_fails(string key, string named)
    {
        var run = await runs.Get(key);

        run.ExitCode.Should().NotBe(0, run.ToString());
        var output = (run.StandardOutput + run.StandardError).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        output.Should().ContainSingle(run.ToString()).Which.Should().Contain(named);
    }

    [Fact]
    public async Task StructuredOutput_prints_both_records_with_the_fields_from_the_text()
    {
        var run = await Succeeded("StructuredOutput");

        run.Lines.Should().Contain("MEAI: Landmark { Name = Eiffel Tower, City = Paris, YearOpened = 1889 }", run.ToString());
        run.Lines.Should().Contain("SK:   Landmark { Name = Colosseum, City = Rome, YearOpened = 80 }", run.ToString());
    }

    [Fact]
    public async Task Vision_answer_names_the_png_the_model_received()
    {
        var run = await Succeeded("Vision");

        run.Lines.Should().Contain(line => line.StartsWith("You asked: What shape and colour", StringComparison.Ordinal)
            && line.EndsWith("[1 image: image/png 32x32, 104 bytes]", StringComparison.Ordinal), run.ToString());
    }

    [Fact]
    public async Task Reasoning_prints_reasoning_apart_or_in_think_tags_by_format_and_counts_it_for_each_effort()
    {
        var run = await Succeeded("Reasoning");

        run.Lines.Should().ContainInOrder(
            [
                "--- qwen/qwen3-32b, reasoning_format parsed ---",
                "--- qwen/qwen3-32b, reasoning_format raw ---",
                "Reasoning: (none apart from the answer)",
                "Answer:    <think>",
                "</think>",
                "--- openai/gpt-oss-20b, effort Low ---",
                "--- openai/gpt-oss-20b, effort High ---",
                "--- qwen/qwen3-32b streamed, reasoning_format parsed ---",
                "=> You asked: How many times does the letter r appear in strawberry?",
            ],
            run.ToString());
        // qwen parsed and gpt-oss at high effort restate the question; at low effort gpt-oss only says what it will do.
        run.Lines.Where(line => line.StartsWith("Reasoning: The user asked: How many times", StringComparison.Ordinal)).Should().HaveCount(2);
        run.Lines.Should().ContainInOrder(
            "--- openai/gpt-oss-20b, effort Low ---",
            "Reasoning: I will answer by repeating the question.",
            "--- openai/gpt-oss-20b, effort High ---");
        run.Lines.Should().Contain(line => line.StartsWith("Reasoning: The user asked: How many times", StringComparison.Ordinal)
            && line.EndsWith("Before answering, I read the question again to be sure nothing in it was missed.", StringComparison.Ordinal));
        run.Lines.Where(line => line.StartsWith("Answer:    You asked: How many times", StringComparison.Ordinal)).Should().HaveCount(3);
        run.Lines.Where(line => Regex.IsMatch(line, @"^\[[1-9]\d* reasoning tokens of [1-9]\d* output tokens\]$")).Should().HaveCount(2);
    }

    [Fact]
    public async Task Speech_writes_a_wav_file_and_transcribes_the_emulated_voice_back()
    {
        var run = await Succeeded("Speech");

        var wav = Path.Combine(run.WorkingDirectory, "speech.wav");
        File.Exists(wav).Should().BeTrue(run.ToString());
        var bytes = await File.ReadAllBytesAsync(wav, TestContext.Current.CancellationToken);
        bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8).Should().BeTrue();
        run.Lines.Should().Contain($"Wrote {bytes.Length:N0} bytes of audio/wav to {wav}");
        run.Lines.Should().Contain(line => line.StartsWith("Transcribed back: tone440", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChatClientPipeline_serves_the_second_call_from_the_cache_and_exports_spans_and_metrics()
    {
        var run = await Succeeded("ChatClientPipeline");

        run.Lines.Should().ContainInOrder(
            [
                "Answer 1: According to get_weather: Sunny and 21 °C in Paris.",
                "[call 1: 2 requests to Groq (tool call, then answer)]",
                "Answer 2: According to get_weather: Sunny and 21 °C in Paris.",
                "[call 2: served from the cache, no request to Groq]",
                "Summary (look above for the groq.attempt spans under each chat span, and the groq.server.* metrics):",
                "Answer 1: According to get_weather: Sunny and 21 °C in Paris.",
            ],
            run.ToString());
        CountOf(run.StandardOutput, "Metric Name: groq.server.queue_time").Should().Be(1, "the meter provider exports its metrics once");
        run.StandardOutput.Should().Contain("Activity.DisplayName:        chat llama-3.3-70b-versatile")
            .And.Contain("gen_ai.tool.name: get_weather")
            .And.Contain("Metric Name: gen_ai.client.token.usage")
            .And.Contain("Activity.DisplayName:        groq.attempt")
            .And.Contain("Metric Name: groq.server.queue_time")
            .And.Contain("Microsoft.Extensions.AI.LoggingChatClient");
    }

    private async Task<ExampleRun> Succeeded(string name)
    {
        var run = await runs.Get(name);
        run.ExitCode.Should().Be(0, run.ToString());
        run.StandardError.Should().BeEmpty(run.ToString());
        run.Lines.Should().Contain(line => line.StartsWith(OfflineNotice, StringComparison.Ordinal), "it must say it runs offline");
        return run;
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
