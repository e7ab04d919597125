using System.ComponentModel;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>
/// What the emulator answers when nothing is scripted: tool arguments taken from the user's words, answers that quote tool
/// results or repeat the question, structured output filled from the question, and reasoning that says what it will do.
/// </summary>
public sealed class EmulatorDefaultAnswersTests
{
    private const string Model = "llama-3.3-70b-versatile";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("What is the weather in Paris today?", "Paris")]
    [InlineData("What is the weather in New York today?", "New York")]
    [InlineData("And how does that compare with Rome?", "Rome")]
    [InlineData("Paris or Lyon: which one is warmer?", "Lyon")]
    [InlineData("what's the weather like in lisbon right now?", "lisbon")]
    [InlineData("Tell me about the weather", "the weather")]
    [InlineData("Weather?", "emulated")]
    [InlineData("I wonder.", "emulated")]
    public async Task A_string_argument_is_taken_from_the_users_words(string question, string expectedCity)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var answer = await PostAsync(emulator, Request(question, """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""));

        Arguments(answer).GetProperty("city").GetString().Should().Be(expectedCity);
    }

    [Fact]
    public async Task Several_string_arguments_take_the_phrases_in_order_and_enums_and_formats_keep_their_samples()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Schema = """
            {"type":"object","properties":{
              "unit":{"type":"string","enum":["celsius","fahrenheit"]},
              "from":{"type":"string"},
              "day":{"type":"string","format":"date"},
              "to":{"type":"string"},
              "via":{"type":"string"}},
             "required":["unit","from","day","to","via"]}
            """;

        var answer = await PostAsync(emulator, Request("Is it warmer in Rome than in Paris?", Schema));

        var arguments = Arguments(answer);
        arguments.GetProperty("unit").GetString().Should().Be("celsius");
        arguments.GetProperty("from").GetString().Should().Be("Rome");
        arguments.GetProperty("day").GetString().Should().Be("2025-01-01");
        arguments.GetProperty("to").GetString().Should().Be("Paris");
        arguments.GetProperty("via").GetString().Should().Be("emulated", "only two places are named");
    }

    [Fact]
    public async Task Numeric_arguments_take_the_numerals_that_fit_the_schema()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Schema = """
            {"type":"object","properties":{
              "a":{"type":"integer"},
              "b":{"type":"number"},
              "c":{"type":"integer","minimum":100}},
             "required":["a","b","c"]}
            """;

        var answer = await PostAsync(emulator, Request("What is 12 plus 3.5 plus 7?", Schema));

        var arguments = Arguments(answer);
        arguments.GetProperty("a").GetInt32().Should().Be(12);
        arguments.GetProperty("b").GetDouble().Should().Be(3.5);
        arguments.GetProperty("c").GetInt32().Should().Be(100, "7 is below the minimum, so the sample moves to the minimum");
    }

    [Fact]
    public async Task Samples_keep_to_the_schemas_bounds_lengths_and_minimum_item_counts()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        const string Schema = """
            {"type":"object","properties":{
              "year":{"type":"integer","minimum":1900,"maximum":2100},
              "even":{"type":"integer","exclusiveMinimum":10,"multipleOf":4},
              "ratio":{"type":"number","maximum":0.5},
              "below":{"type":"number","exclusiveMaximum":-2},
              "code":{"type":"string","maxLength":3},
              "long":{"type":"string","minLength":12},
              "tags":{"type":"array","items":{"type":"string","maxLength":4},"minItems":2}},
             "required":["year","even","ratio","below","code","long","tags"]}
            """;

        var answer = await PostAsync(emulator, Request("Weather?", Schema));

        var arguments = Arguments(answer);
        arguments.GetProperty("year").GetInt32().Should().Be(1900);
        arguments.GetProperty("even").GetInt32().Should().Be(12);
        arguments.GetProperty("ratio").GetDouble().Should().Be(0.5);
        arguments.GetProperty("below").GetDouble().Should().BeLessThan(-2);
        arguments.GetProperty("code").GetString().Should().Be("emu");
        arguments.GetProperty("long").GetString().Should().Be("emulatedemul");
        arguments.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).Should().Equal("emul", "emul");
    }

    [Fact]
    public async Task A_string_longer_than_maxLength_is_not_taken()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var answer = await PostAsync(emulator, Request(
            "Weather in San Francisco?", """{"type":"object","properties":{"code":{"type":"string","maxLength":5},"city":{"type":"string"}},"required":["code","city"]}"""));

        var arguments = Arguments(answer);
        arguments.GetProperty("code").GetString().Should().Be("emula", "the sample, too, keeps to maxLength");
        arguments.GetProperty("city").GetString().Should().Be("San Francisco");
    }

    [Fact]
    public async Task After_tool_results_the_answer_quotes_them_with_the_function_names()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator).AsBuilder().UseFunctionInvocation().Build();
        var tools = new ChatOptions
        {
            Tools = [AIFunctionFactory.Create(([Description("The city")] string city) => $"Sunny and 21 °C in {city}", "get_weather")],
        };

        var paris = await client.GetResponseAsync("What is the weather in Paris today?", tools, Ct);
        var rome = await client.GetResponseAsync("What is the weather in Rome today?", tools, Ct);

        paris.Text.Should().Be("According to get_weather: Sunny and 21 °C in Paris");
        rome.Text.Should().Be("According to get_weather: Sunny and 21 °C in Rome");
    }

    [Fact]
    public async Task Several_tool_results_are_quoted_in_order_each_with_its_function()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        emulator.Enqueue(EmulatorResponse.ToolCalls(
            new EmulatorToolCall("get_weather", """{"city":"Oslo"}"""),
            new EmulatorToolCall("get_time", """{"city":"Oslo"}""")));
        using var client = EmulatorClients.Chat(emulator).AsBuilder().UseFunctionInvocation().Build();
        var tools = new ChatOptions
        {
            Tools =
            [
                AIFunctionFactory.Create(([Description("The city")] string city) => $"Snow in {city}", "get_weather"),
                AIFunctionFactory.Create(([Description("The city")] string city) => "09:30", "get_time"),
            ],
        };

        var response = await client.GetResponseAsync("Weather and time in Oslo?", tools, Ct);

        response.Text.Should().Be("According to get_weather: Snow in Oslo; according to get_time: 09:30");
    }

    [Fact]
    public async Task A_plain_answer_repeats_the_question()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync([new(ChatRole.System, "Be brief."), new(ChatRole.User, "Why is the sky blue?")], cancellationToken: Ct);

        response.Text.Should().Be("You asked: Why is the sky blue?");
    }

    [Fact]
    public async Task Images_are_named_by_type_size_and_png_dimensions()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "meta-llama/llama-4-scout-17b-16e-instruct");
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==");

        var response = await client.GetResponseAsync([new(ChatRole.User, [new TextContent("What is this?"), new DataContent(png, "image/png")])], cancellationToken: Ct);

        response.Text.Should().Be($"You asked: What is this? [1 image: image/png 3x2, {png.Length} bytes]");
    }

    [Fact]
    public async Task Structured_output_is_filled_from_the_names_and_numbers_of_the_question()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator);

        var response = await client.GetResponseAsync<Landmark>("Extract the landmark: The Eiffel Tower in Paris opened in 1889.", cancellationToken: Ct);

        response.Result.Should().Be(new Landmark("Eiffel Tower", "Paris", 1889));
    }

    [Fact]
    public async Task A_reasoning_model_says_which_call_it_will_make_then_that_it_quotes_the_results()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var client = EmulatorClients.Chat(emulator, "qwen/qwen3-32b").AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions
        {
            Tools = [AIFunctionFactory.Create(([Description("The city")] string city) => $"Rain in {city}", "get_weather")],
            AdditionalProperties = new() { [GroqChatOptionKeys.ReasoningFormat] = "parsed" },
        };

        var response = await client.GetResponseAsync("Weather in Oslo?", options, Ct);

        response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text).Should().Equal(
            """The user asked: Weather in Oslo? I will call get_weather with {"city":"Oslo"}.""",
            "The user asked: Weather in Oslo? The tools have answered; I will quote what they returned.");
        response.Text.Should().Be("According to get_weather: Rain in Oslo");
    }

    private static string Request(string question, string parameters) =>
        $$$"""
        {"model":"{{{Model}}}","messages":[{"role":"user","content":{{{JsonSerializer.Serialize(question)}}}}],
         "tools":[{"type":"function","function":{"name":"get_weather","parameters":{{{parameters}}}}}]}
        """;

    private static JsonElement Arguments(JsonElement answer)
    {
        var call = answer.GetProperty("choices")[0].GetProperty("message").GetProperty("tool_calls")[0].GetProperty("function");
        using var arguments = JsonDocument.Parse(call.GetProperty("arguments").GetString()!);
        return arguments.RootElement.Clone();
    }

    private static async Task<JsonElement> PostAsync(GroqEmulator emulator, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        using var response = await http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.Should().BeTrue(text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    private sealed record Landmark(string Name, string City, int YearOpened);
}
