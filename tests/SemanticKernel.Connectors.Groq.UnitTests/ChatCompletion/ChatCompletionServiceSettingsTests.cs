using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;

namespace SemanticKernel.Connectors.Groq.UnitTests.ChatCompletion;

/// <summary>Execution settings through <see cref="GroqChatCompletionService"/> to the request body that leaves it.</summary>
public sealed class ChatCompletionServiceSettingsTests
{
    private static CancellationToken Ct => TestClients.Ct;

    [Fact]
    public async Task Groq_settings_reach_the_wire_under_Groq_names()
    {
        var body = await BodyOfAsync(new GroqPromptExecutionSettings
        {
            ModelId = "qwen/qwen3-32b",
            Temperature = 0,
            TopP = 0.5f,
            MaxTokens = 64,
            StopSequences = ["END", "STOP"],
            Seed = 7,
            FrequencyPenalty = 0.1f,
            PresencePenalty = 0.2f,
            User = "user-1",
            ReasoningFormat = "parsed",
            ReasoningEffort = "default",
            ServiceTier = "flex",
        });

        body.GetProperty("model").GetString().Should().Be("qwen/qwen3-32b");
        body.GetProperty("temperature").GetDouble().Should().BeApproximately(1e-8, 1e-12);
        body.GetProperty("top_p").GetDouble().Should().Be(0.5);
        body.GetProperty("max_completion_tokens").GetInt32().Should().Be(64);
        body.GetProperty("stop").EnumerateArray().Select(s => s.GetString()).Should().Equal("END", "STOP");
        body.GetProperty("seed").GetInt64().Should().Be(7);
        body.GetProperty("frequency_penalty").GetDouble().Should().BeApproximately(0.1, 1e-6);
        body.GetProperty("presence_penalty").GetDouble().Should().BeApproximately(0.2, 1e-6);
        body.GetProperty("user").GetString().Should().Be("user-1");
        body.GetProperty("reasoning_format").GetString().Should().Be("parsed");
        body.GetProperty("reasoning_effort").GetString().Should().Be("default");
        body.GetProperty("service_tier").GetString().Should().Be("flex");
        body.TryGetProperty("n", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Chat_system_prompt_leads_a_history_without_a_system_message()
    {
        var body = await BodyOfAsync(new GroqPromptExecutionSettings { ChatSystemPrompt = "Be brief." });

        var messages = body.GetProperty("messages");
        messages[0].GetProperty("role").GetString().Should().Be("system");
        messages[0].GetProperty("content").GetString().Should().Be("Be brief.");
        messages[1].GetProperty("content").GetString().Should().Be("Hi");
    }

    [Fact]
    public async Task Chat_system_prompt_gives_way_to_the_history_own_system_message()
    {
        var history = new ChatHistory("Own system.");
        history.AddUserMessage("Hi");

        var body = await BodyOfAsync(new GroqPromptExecutionSettings { ChatSystemPrompt = "Be brief." }, history);

        var messages = body.GetProperty("messages");
        messages.GetArrayLength().Should().Be(2);
        messages[0].GetProperty("content").GetString().Should().Be("Own system.");
    }

    [Fact]
    public async Task OpenAI_settings_carry_over_without_logprobs_logit_bias_or_n_and_each_dropped_field_is_logged()
    {
        var logger = new CapturingLogger();
        var body = await BodyOfAsync(
            new OpenAIPromptExecutionSettings
            {
                Temperature = 0.3,
                MaxTokens = 10,
                Logprobs = true,
                TopLogprobs = 3,
                TokenSelectionBiases = new Dictionary<int, int> { [42] = 10 },
                User = "u",
            },
            loggerFactory: logger);

        body.GetProperty("temperature").GetDouble().Should().BeApproximately(0.3, 1e-6);
        body.GetProperty("max_completion_tokens").GetInt32().Should().Be(10);
        body.GetProperty("user").GetString().Should().Be("u");
        foreach (string field in new[] { "logprobs", "top_logprobs", "logit_bias", "n" })
        {
            body.TryGetProperty(field, out _).Should().BeFalse($"Groq rejects {field}");
        }

        logger.Entries.Select(e => e.Message).Should()
            .Contain(m => m.Contains("logprobs")).And.Contain(m => m.Contains("top_logprobs")).And.Contain(m => m.Contains("token_selection_biases"));
    }

    [Fact]
    public async Task Author_names_never_reach_the_wire()
    {
        var history = new ChatHistory();
        history.Add(new ChatMessageContent(AuthorRole.System, "Rules") { AuthorName = "Planner" });
        history.Add(new ChatMessageContent(AuthorRole.User, "Hi") { AuthorName = "alice" });
        history.Add(new ChatMessageContent(AuthorRole.Assistant, "Hello") { AuthorName = "Planner" });
        history.AddUserMessage("Again");

        var body = await BodyOfAsync(null, history);

        var messages = body.GetProperty("messages").EnumerateArray().ToList();
        messages.Should().HaveCount(4);
        messages.Where(m => m.TryGetProperty("name", out var _)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("json_object", "json_object")]
    [InlineData("text", "text")]
    [InlineData("""{"type":"json_object"}""", "json_object")]
    public async Task Response_format_names_map_to_Groq_types(string format, string expectedType)
    {
        var body = await BodyOfAsync(new GroqPromptExecutionSettings { ResponseFormat = format });

        body.GetProperty("response_format").GetProperty("type").GetString().Should().Be(expectedType);
    }

    [Fact]
    public async Task Response_format_type_sends_a_schema_with_the_declared_property_names_so_default_deserialization_works()
    {
        var body = await BodyOfAsync(new GroqPromptExecutionSettings { ResponseFormat = typeof(Forecast) });

        var format = body.GetProperty("response_format");
        format.GetProperty("type").GetString().Should().Be("json_schema");
        var schema = format.GetProperty("json_schema");
        schema.GetProperty("name").GetString().Should().Be("Forecast");
        var properties = schema.GetProperty("schema").GetProperty("properties");
        properties.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("City", "Degrees");
        properties.GetProperty("Degrees").GetProperty("type").GetString().Should().Be("integer");
        schema.GetProperty("schema").GetProperty("required").EnumerateArray().Select(r => r.GetString()).Should().BeEquivalentTo("City", "Degrees");
        schema.GetProperty("schema").GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        JsonSerializer.Deserialize<Forecast>("""{"City":"Paris","Degrees":21}""").Should().Be(new Forecast("Paris", 21));
    }

    [Fact]
    public async Task Response_format_generic_type_is_named_with_its_type_arguments()
    {
        var body = await BodyOfAsync(new GroqPromptExecutionSettings { ResponseFormat = typeof(List<Forecast>) });

        body.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString().Should().Be("ListForecast");
    }

    [Fact]
    public async Task Response_format_schema_as_json_text_or_element_sends_it_unchanged()
    {
        const string Schema = """{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"]}""";
        using var document = JsonDocument.Parse(Schema);

        var fromText = await BodyOfAsync(new GroqPromptExecutionSettings { ResponseFormat = Schema });
        var fromElement = await BodyOfAsync(new GroqPromptExecutionSettings { ResponseFormat = document.RootElement });

        foreach (var body in new[] { fromText, fromElement })
        {
            var format = body.GetProperty("response_format");
            format.GetProperty("type").GetString().Should().Be("json_schema");
            format.GetProperty("json_schema").GetProperty("schema").GetRawText().Should().Be(Schema);
        }
    }

    [Fact]
    public async Task Response_format_of_an_unsupported_kind_throws_naming_the_setting_and_sends_nothing()
    {
        var (thrown, handler) = await ThrowsBeforeSendingAsync<ArgumentException>(new GroqPromptExecutionSettings { ResponseFormat = 42 });

        thrown.ParamName.Should().Be("GroqPromptExecutionSettings.ResponseFormat");
        thrown.Message.Should().Contain("42");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task More_than_four_stop_sequences_throw_naming_the_setting_and_send_nothing()
    {
        var (thrown, handler) = await ThrowsBeforeSendingAsync<ArgumentException>(
            new GroqPromptExecutionSettings { StopSequences = ["a", "b", "c", "d", "e"] });

        thrown.ParamName.Should().Be("GroqPromptExecutionSettings.StopSequences");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Stop_sequences_with_JSON_mode_throw_before_sending()
    {
        var (thrown, handler) = await ThrowsBeforeSendingAsync<NotSupportedException>(
            new GroqPromptExecutionSettings { StopSequences = ["END"], ResponseFormat = "json_object" });

        thrown.Message.Should().Contain("JSON mode").And.Contain("GroqPromptExecutionSettings.StopSequences");
        handler.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(2.5f)]
    public async Task Temperature_outside_0_to_2_throws_naming_the_setting(float temperature)
    {
        var (thrown, handler) = await ThrowsBeforeSendingAsync<ArgumentOutOfRangeException>(
            new GroqPromptExecutionSettings { Temperature = temperature });

        thrown.ParamName.Should().Be("GroqPromptExecutionSettings.Temperature");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Top_p_penalties_and_max_tokens_out_of_range_throw_naming_the_SK_setting()
    {
        (await ThrowsBeforeSendingAsync<ArgumentOutOfRangeException>(new GroqPromptExecutionSettings { TopP = 1.5f }))
            .Thrown.ParamName.Should().Be("GroqPromptExecutionSettings.TopP");
        (await ThrowsBeforeSendingAsync<ArgumentOutOfRangeException>(new GroqPromptExecutionSettings { FrequencyPenalty = -3 }))
            .Thrown.ParamName.Should().Be("GroqPromptExecutionSettings.FrequencyPenalty");
        (await ThrowsBeforeSendingAsync<ArgumentOutOfRangeException>(new GroqPromptExecutionSettings { MaxTokens = 0 }))
            .Thrown.ParamName.Should().Be("GroqPromptExecutionSettings.MaxTokens");
    }

    [Fact]
    public async Task Prompt_template_config_settings_from_JSON_reach_the_wire()
    {
        const string Config = """
            {
              "name": "Ask",
              "template": "Question: {{$question}}",
              "execution_settings": {
                "default": { "temperature": 0, "max_tokens": 20, "stop_sequences": ["END"], "reasoning_effort": "low", "logprobs": true }
              }
            }
            """;
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        var kernel = KernelWith(handler);
        var function = kernel.CreateFunctionFromPrompt(PromptTemplateConfig.FromJson(Config));

        var result = await kernel.InvokeAsync(function, new KernelArguments { ["question"] = "Why?" }, Ct);

        result.GetValue<string>().Should().NotBeNullOrEmpty();
        var body = handler.Requests.Single().BodyJson;
        body.GetProperty("messages")[0].GetProperty("content").GetString().Should().Be("Question: Why?");
        body.GetProperty("temperature").GetDouble().Should().BeApproximately(1e-8, 1e-12);
        body.GetProperty("max_completion_tokens").GetInt32().Should().Be(20);
        body.GetProperty("stop")[0].GetString().Should().Be("END");
        body.GetProperty("reasoning_effort").GetString().Should().Be("low");
        body.TryGetProperty("logprobs", out _).Should().BeFalse();
    }

    internal static GroqChatCompletionService Service(CannedHandler handler, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) =>
        new(TestClients.Model, new GroqClientOptions { ApiKey = TestClients.ApiKey, MaxRetries = 0 }, new HttpClient(handler), loggerFactory);

    private static Kernel KernelWith(CannedHandler handler)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddKeyedSingleton<IChatCompletionService>(null, Service(handler));
        return builder.Build();
    }

    private static async Task<JsonElement> BodyOfAsync(
        PromptExecutionSettings? settings, ChatHistory? history = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null)
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        await Service(handler, loggerFactory).GetChatMessageContentsAsync(history ?? new ChatHistory("Hi", AuthorRole.User), settings, null, Ct);
        return handler.Requests.Single().BodyJson;
    }

    private static async Task<(T Thrown, CannedHandler Handler)> ThrowsBeforeSendingAsync<T>(PromptExecutionSettings settings)
        where T : Exception
    {
        var handler = CannedHandler.Json(TestData.Read(TestData.Text));
        Func<Task> act = () => Service(handler).GetChatMessageContentsAsync(new ChatHistory("Hi", AuthorRole.User), settings, null, Ct);
        var thrown = (await act.Should().ThrowAsync<T>()).Which;
        return (thrown, handler);
    }

    private sealed record Forecast(string City, int Degrees);
}
