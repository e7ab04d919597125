using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Models;

public sealed class ModelRequestChecksTests
{
    private static readonly ModelIndex Index = new(
    [
        new GroqModel("llama-3.3-70b-versatile", "Meta", true, 100, 40, null),
        new GroqModel("retired-model", "Meta", false, 100, 40, null),
        new GroqModel("silent-model", null, true, null, null, null),
    ]);

    [Fact]
    public void A_request_within_the_limits_passes()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("llama-3.3-70b-versatile", 40, Words(100)), "modelId");

        check.Should().NotThrow();
    }

    [Fact]
    public void An_unknown_model_names_the_setting_and_the_close_matches()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("llama-3.3-70b", null, "hi"), "ChatOptions.ModelId");

        var thrown = check.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("ChatOptions.ModelId");
        thrown.Message.Should().StartWith("Groq's model catalog has no model 'llama-3.3-70b' (ChatOptions.ModelId). Did you mean 'llama-3.3-70b-versatile'?");
    }

    [Fact]
    public void An_unknown_model_close_to_nothing_points_to_the_list()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("mixtral-8x7b-32768", null, "hi"), "modelId");

        check.Should().Throw<ArgumentException>().Which.Message.Should().Contain("GroqModelCatalog.ListModelsAsync lists them all");
    }

    [Fact]
    public void An_inactive_model_is_refused()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("retired-model", null, "hi"), "modelId");

        var thrown = check.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("modelId");
        thrown.Message.Should().Contain("'retired-model'").And.Contain("inactive");
    }

    [Fact]
    public void Max_completion_tokens_above_the_largest_completion_is_refused_naming_MaxOutputTokens()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("llama-3.3-70b-versatile", 41, "hi"), "modelId");

        var thrown = check.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("ChatOptions.MaxOutputTokens");
        thrown.ActualValue.Should().Be(41);
        thrown.Message.Should().Contain("at most 40 tokens").And.Contain("max_tokens");
    }

    [Fact]
    public void A_prompt_whose_word_count_is_above_the_context_window_is_refused()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("llama-3.3-70b-versatile", null, Words(101)), "modelId");

        var thrown = check.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().Be("messages");
        thrown.Message.Should().Contain("at least 101 tokens").And.Contain("100-token context window");
    }

    [Fact]
    public void A_long_prompt_of_few_words_is_not_refused_since_it_may_fit()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("llama-3.3-70b-versatile", null, new string('x', 10_000)), "modelId");

        check.Should().NotThrow();
    }

    [Fact]
    public void A_model_without_limits_is_only_checked_for_being_listed_and_active()
    {
        var check = () => ModelRequestChecks.Check(Index, Request("silent-model", int.MaxValue, Words(10_000)), "modelId");

        check.Should().NotThrow();
    }

    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));

    private static WireChatRequest Request(string model, int? maxTokens, string text) => new()
    {
        Model = model,
        MaxCompletionTokens = maxTokens,
        Messages = [new() { Role = "user", Content = WireContent.FromText(text) }],
    };
}
