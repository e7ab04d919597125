using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using SemanticKernel.Connectors.Groq.UnitTests.Support;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Settings;

/// <summary><see cref="GroqPromptExecutionSettings"/>: JSON, prompt templates, conversion from other settings, Freeze and Clone.</summary>
public sealed class GroqPromptExecutionSettingsTests
{
    private static GroqPromptExecutionSettings Full() => new()
    {
        ModelId = "llama-3.3-70b-versatile",
        ServiceId = "groq",
        Temperature = 0.5f,
        TopP = 0.9f,
        MaxTokens = 256,
        StopSequences = ["END", "STOP"],
        Seed = 9_007_199_254_740_993,
        FrequencyPenalty = 0.25f,
        PresencePenalty = -0.5f,
        ResponseFormat = "json_object",
        ResultsPerPrompt = 3,
        User = "user-42",
        ParallelToolCalls = false,
        ChatSystemPrompt = "You are terse.",
        ReasoningFormat = "parsed",
        ReasoningEffort = "low",
        IncludeReasoning = true,
        ServiceTier = "flex",
    };

    private static void ShouldHaveFullValues(GroqPromptExecutionSettings s)
    {
        s.ModelId.Should().Be("llama-3.3-70b-versatile");
        s.ServiceId.Should().Be("groq");
        s.Temperature.Should().Be(0.5f);
        s.TopP.Should().Be(0.9f);
        s.MaxTokens.Should().Be(256);
        s.StopSequences.Should().Equal("END", "STOP");
        s.Seed.Should().Be(9_007_199_254_740_993);
        s.FrequencyPenalty.Should().Be(0.25f);
        s.PresencePenalty.Should().Be(-0.5f);
        s.ResponseFormat?.ToString().Should().Be("json_object");
        s.ResultsPerPrompt.Should().Be(3);
        s.User.Should().Be("user-42");
        s.ParallelToolCalls.Should().BeFalse();
        s.ChatSystemPrompt.Should().Be("You are terse.");
        s.ReasoningFormat.Should().Be("parsed");
        s.ReasoningEffort.Should().Be("low");
        s.IncludeReasoning.Should().BeTrue();
        s.ServiceTier.Should().Be("flex");
    }

    [Fact]
    public void Every_property_is_written_under_its_json_name_and_read_back()
    {
        string json = JsonSerializer.Serialize(Full());

        using (var doc = JsonDocument.Parse(json))
        {
            doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Contain(
            [
                "model_id", "service_id", "temperature", "top_p", "max_tokens", "stop_sequences", "seed", "frequency_penalty",
                "presence_penalty", "response_format", "results_per_prompt", "user", "parallel_tool_calls", "chat_system_prompt",
                "reasoning_format", "reasoning_effort", "include_reasoning", "service_tier",
            ]);
        }

        ShouldHaveFullValues(JsonSerializer.Deserialize<GroqPromptExecutionSettings>(json)!);
    }

    [Fact]
    public void Unset_properties_are_not_written_and_results_per_prompt_defaults_to_1()
    {
        string json = JsonSerializer.Serialize(new GroqPromptExecutionSettings());

        using (var doc = JsonDocument.Parse(json))
        {
            doc.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name)
                .Should().Equal("results_per_prompt");
            doc.RootElement.EnumerateObject().Select(p => p.Name).Should().NotContain(
                ["temperature", "top_p", "max_tokens", "stop_sequences", "seed", "response_format", "user", "reasoning_format", "service_tier"]);
        }

        JsonSerializer.Deserialize<GroqPromptExecutionSettings>("{}")!.ResultsPerPrompt.Should().Be(1);
    }

    [Fact]
    public void Null_settings_give_defaults_and_groq_settings_are_returned_as_the_same_instance()
    {
        var groq = Full();

        GroqPromptExecutionSettings.FromExecutionSettings(null).Should().BeEquivalentTo(new GroqPromptExecutionSettings());
        GroqPromptExecutionSettings.FromExecutionSettings(groq).Should().BeSameAs(groq);
    }

    [Fact]
    public void Prompt_template_json_with_groq_settings_converts_with_the_right_values()
    {
        var config = PromptTemplateConfig.FromJson("""
            {
              "name": "summarize",
              "template": "Summarize {{$input}}",
              "execution_settings": {
                "groq": {
                  "model_id": "openai/gpt-oss-20b",
                  "temperature": 0.2,
                  "top_p": "0.8",
                  "max_tokens": 128,
                  "stop_sequences": ["###"],
                  "seed": 7,
                  "response_format": "json_object",
                  "results_per_prompt": 2,
                  "include_reasoning": false,
                  "reasoning_effort": "medium",
                  "service_tier": "auto",
                  "function_choice_behavior": { "type": "auto" }
                }
              }
            }
            """);

        var settings = GroqPromptExecutionSettings.FromExecutionSettings(config.ExecutionSettings["groq"]);

        settings.ModelId.Should().Be("openai/gpt-oss-20b");
        settings.Temperature.Should().Be(0.2f);
        settings.TopP.Should().Be(0.8f);
        settings.MaxTokens.Should().Be(128);
        settings.StopSequences.Should().Equal("###");
        settings.Seed.Should().Be(7);
        settings.ResponseFormat.Should().Be("json_object");
        settings.ResultsPerPrompt.Should().Be(2);
        settings.IncludeReasoning.Should().BeFalse();
        settings.ReasoningEffort.Should().Be("medium");
        settings.ServiceTier.Should().Be("auto");
        settings.FunctionChoiceBehavior.Should().BeOfType<AutoFunctionChoiceBehavior>();
        settings.ExtensionData.Should().BeNull();
    }

    [Fact]
    public void Groq_settings_written_into_a_prompt_template_come_back_through_FromExecutionSettings()
    {
        string settingsJson = JsonSerializer.Serialize(Full());
        var config = PromptTemplateConfig.FromJson($$"""{ "template": "Hi", "execution_settings": { "groq": {{settingsJson}} } }""");
        var logger = new CapturingLogger();

        var settings = GroqPromptExecutionSettings.FromExecutionSettings(config.ExecutionSettings["groq"], logger);

        ShouldHaveFullValues(settings);
        logger.Entries.Should().BeEmpty();
    }

    [Fact]
    public void Plain_settings_keep_the_groq_fields_of_extension_data_and_drop_logprobs_with_one_warning()
    {
        var logger = new CapturingLogger();
        var plain = new PromptExecutionSettings
        {
            ModelId = "qwen/qwen3-32b",
            ExtensionData = new Dictionary<string, object>
            {
                ["temperature"] = 0.5,
                ["max_tokens"] = 100,
                ["stop_sequences"] = new List<string> { "a", "b" },
                ["reasoning_format"] = "parsed",
                ["logprobs"] = true,
            },
        };

        var settings = GroqPromptExecutionSettings.FromExecutionSettings(plain, logger);

        settings.ModelId.Should().Be("qwen/qwen3-32b");
        settings.Temperature.Should().Be(0.5f);
        settings.MaxTokens.Should().Be(100);
        settings.StopSequences.Should().Equal("a", "b");
        settings.ReasoningFormat.Should().Be("parsed");
        settings.ExtensionData.Should().BeNull("logprobs must never reach the request");
        logger.Entries.Should().ContainSingle().Which.Should().Match<(LogLevel Level, string Message)>(
            e => e.Level == LogLevel.Warning && e.Message.Contains("logprobs"));
    }

    [Fact]
    public void Plain_settings_with_json_element_values_are_read_the_same_way()
    {
        var logger = new CapturingLogger();
        using var doc = JsonDocument.Parse("""
            {"temperature":0.5,"max_tokens":"100","stop_sequences":["a"],"reasoning_format":"parsed","logprobs":true,"n":1,"user":null}
            """);
        var plain = new PromptExecutionSettings
        {
            ExtensionData = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone()),
        };

        var settings = GroqPromptExecutionSettings.FromExecutionSettings(plain, logger);

        settings.Temperature.Should().Be(0.5f);
        settings.MaxTokens.Should().Be(100);
        settings.StopSequences.Should().Equal("a");
        settings.ReasoningFormat.Should().Be("parsed");
        settings.ResultsPerPrompt.Should().Be(1);
        settings.User.Should().BeNull();
        logger.Entries.Should().ContainSingle().Which.Message.Should().Contain("logprobs");
    }

    [Fact]
    public void Groq_only_fields_are_read_by_the_field_table_and_unknown_keys_are_dropped()
    {
        var logger = new CapturingLogger();
        var plain = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>
            {
                [GroqChatOptionKeys.SearchSettings] = new Dictionary<string, object> { ["country"] = "france" },
                [GroqChatOptionKeys.DisableToolValidation] = true,
                ["logit_bias"] = new Dictionary<string, int> { ["50256"] = -100 },
                ["top_logprobs"] = 2,
                ["store"] = true,
            },
        };

        var settings = GroqPromptExecutionSettings.FromExecutionSettings(plain, logger);

        settings.GroqFields.Keys.Should().BeEquivalentTo(GroqChatOptionKeys.SearchSettings, GroqChatOptionKeys.DisableToolValidation);
        ((JsonElement)settings.GroqFields[GroqChatOptionKeys.SearchSettings]).GetRawText().Should().Be("""{"country":"france"}""");
        settings.GroqFields[GroqChatOptionKeys.DisableToolValidation].Should().Be(true);
        logger.Entries.Select(e => e.Message).Should().HaveCount(3)
            .And.Contain(m => m.Contains("logit_bias")).And.Contain(m => m.Contains("top_logprobs")).And.Contain(m => m.Contains("store"));
    }

    [Fact]
    public void Openai_settings_convert_by_json_and_drop_logprobs_top_logprobs_and_logit_bias()
    {
        var logger = new CapturingLogger();
        var auto = FunctionChoiceBehavior.Auto();
        var openAi = new OpenAIPromptExecutionSettings
        {
            ModelId = "llama-3.1-8b-instant",
            ServiceId = "chat",
            FunctionChoiceBehavior = auto,
            Temperature = 0.3,
            TopP = 0.5,
            MaxTokens = 50,
            StopSequences = ["x"],
            Seed = 11,
            User = "u",
            ChatSystemPrompt = "Be brief.",
            Logprobs = true,
            TopLogprobs = 3,
            TokenSelectionBiases = new Dictionary<int, int> { [1] = 5 },
        };

        var settings = GroqPromptExecutionSettings.FromExecutionSettings(openAi, logger);

        settings.ModelId.Should().Be("llama-3.1-8b-instant");
        settings.ServiceId.Should().Be("chat");
        settings.FunctionChoiceBehavior.Should().BeSameAs(auto);
        settings.Temperature.Should().Be(0.3f);
        settings.TopP.Should().Be(0.5f);
        settings.MaxTokens.Should().Be(50);
        settings.StopSequences.Should().Equal("x");
        settings.Seed.Should().Be(11);
        settings.User.Should().Be("u");
        settings.ChatSystemPrompt.Should().Be("Be brief.");
        settings.ExtensionData.Should().BeNull();
        logger.Entries.Select(e => e.Message).Should().HaveCount(3)
            .And.ContainSingle(m => m.Contains("Setting logprobs "))
            .And.ContainSingle(m => m.Contains("top_logprobs"))
            .And.ContainSingle(m => m.Contains("token_selection_biases"));
    }

    [Fact]
    public void A_response_format_json_cannot_carry_survives_conversion_unchanged()
    {
        var schema = ChatResponseFormat.ForJsonSchema<Answer>();

        GroqPromptExecutionSettings.FromExecutionSettings(new OpenAIPromptExecutionSettings { ResponseFormat = typeof(Answer) })
            .ResponseFormat.Should().Be(typeof(Answer));
        GroqPromptExecutionSettings.FromExecutionSettings(new OpenAIPromptExecutionSettings { ResponseFormat = schema })
            .ResponseFormat.Should().BeSameAs(schema);
        GroqPromptExecutionSettings.FromExecutionSettings(new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["response_format"] = typeof(Answer) } })
            .ResponseFormat.Should().Be(typeof(Answer));
    }

    [Fact]
    public void Openai_legacy_ToolCallBehavior_is_kept_for_translation_when_the_kernel_is_known()
    {
        var openAi = new OpenAIPromptExecutionSettings { ToolCallBehavior = ToolCallBehavior.AutoInvokeKernelFunctions };

        GroqPromptExecutionSettings.FromExecutionSettings(openAi).LegacyToolCallBehavior.Should().BeSameAs(ToolCallBehavior.AutoInvokeKernelFunctions);
    }

    [Fact]
    public void Openai_developer_prompt_becomes_the_system_prompt_unless_one_is_set()
    {
        GroqPromptExecutionSettings.FromExecutionSettings(new OpenAIPromptExecutionSettings { ChatDeveloperPrompt = "Be exact." })
            .ChatSystemPrompt.Should().Be("Be exact.");
        GroqPromptExecutionSettings.FromExecutionSettings(new OpenAIPromptExecutionSettings { ChatDeveloperPrompt = "Be exact.", ChatSystemPrompt = "Be brief." })
            .ChatSystemPrompt.Should().Be("Be brief.");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_throws_naming_the_setting()
    {
        var plain = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["temperature"] = "hot" } };

        var act = () => GroqPromptExecutionSettings.FromExecutionSettings(plain);

        act.Should().Throw<ArgumentException>().WithMessage("*\"temperature\"*number*hot*");
    }

    [Fact]
    public void A_fractional_token_count_throws_instead_of_being_rounded()
    {
        var plain = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["max_tokens"] = 10.5 } };

        var act = () => GroqPromptExecutionSettings.FromExecutionSettings(plain);

        act.Should().Throw<ArgumentException>().WithMessage("*\"max_tokens\"*whole number*");
    }

    [Fact]
    public void Function_choice_behavior_and_model_id_survive_conversion_and_clone()
    {
        var auto = FunctionChoiceBehavior.Auto();
        var plain = new PromptExecutionSettings { ModelId = "llama-3.3-70b-versatile", ServiceId = "s", FunctionChoiceBehavior = auto };

        var converted = GroqPromptExecutionSettings.FromExecutionSettings(plain);
        var clone = (GroqPromptExecutionSettings)converted.Clone();

        foreach (var s in new[] { converted, clone })
        {
            s.ModelId.Should().Be("llama-3.3-70b-versatile");
            s.ServiceId.Should().Be("s");
            s.FunctionChoiceBehavior.Should().BeSameAs(auto);
        }
    }

    [Fact]
    public void Freeze_makes_every_setter_throw_and_the_stop_list_read_only()
    {
        var settings = Full();
        settings.Freeze();
        settings.Freeze();

        settings.IsFrozen.Should().BeTrue();
        settings.StopSequences!.IsReadOnly.Should().BeTrue();
        settings.Invoking(s => s.StopSequences!.Add("more")).Should().Throw<NotSupportedException>();
        var setters = new Action<GroqPromptExecutionSettings>[]
        {
            s => s.Temperature = 1, s => s.TopP = 1, s => s.MaxTokens = 1, s => s.StopSequences = [], s => s.Seed = 1,
            s => s.FrequencyPenalty = 1, s => s.PresencePenalty = 1, s => s.ResponseFormat = "text", s => s.ResultsPerPrompt = 1,
            s => s.User = "u", s => s.ParallelToolCalls = true, s => s.ChatSystemPrompt = "p", s => s.ReasoningFormat = "raw",
            s => s.ReasoningEffort = "high", s => s.IncludeReasoning = false, s => s.ServiceTier = "auto", s => s.ModelId = "m",
        };
        foreach (var set in setters)
        {
            settings.Invoking(set).Should().Throw<InvalidOperationException>();
        }

        ShouldHaveFullValues(settings);
    }

    [Fact]
    public void Clone_copies_everything_unfrozen_and_owns_its_stop_list_and_extension_data()
    {
        var original = Full();
        original.FunctionChoiceBehavior = FunctionChoiceBehavior.Required();
        original.ExtensionData = new Dictionary<string, object> { ["documents"] = "d" };
        original.Freeze();

        var clone = (GroqPromptExecutionSettings)original.Clone();
        clone.StopSequences!.Add("MORE");
        clone.ExtensionData!["citation_options"] = "c";
        clone.Temperature = 1f;

        clone.IsFrozen.Should().BeFalse();
        clone.FunctionChoiceBehavior.Should().BeSameAs(original.FunctionChoiceBehavior);
        original.StopSequences.Should().Equal("END", "STOP");
        original.ExtensionData.Should().ContainSingle();
        original.Temperature.Should().Be(0.5f);
        clone.Should().BeEquivalentTo(original, o => o
            .Excluding(s => s.IsFrozen).Excluding(s => s.Temperature).Excluding(s => s.StopSequences).Excluding(s => s.ExtensionData));
    }

    private sealed record Answer(string Text);
}
