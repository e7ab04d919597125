using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Core.Wire;
using SemanticKernel.Connectors.Groq.Models;
using Xunit;

namespace SemanticKernel.Connectors.Groq.UnitTests.Models;

/// <summary>Model ids to request paths, and Groq's model JSON to <see cref="GroqModel"/>.</summary>
public sealed class ModelWireTests
{
    [Theory]
    [InlineData("llama-3.3-70b-versatile", "models/llama-3.3-70b-versatile")]
    [InlineData("openai/gpt-oss-120b", "models/openai%2Fgpt-oss-120b")]
    [InlineData("a b?c#d%e", "models/a%20b%3Fc%23d%25e")]
    [InlineData("x:y@z~!$&'()*+,;=", "models/x:y@z~!$&'()*+,;=")]
    [InlineData("modèle", "models/mod%C3%A8le")]
    [InlineData("..", "models/%2E%2E")]
    [InlineData(".", "models/%2E")]
    public void An_id_is_one_path_segment_encoded_as_groq_sdk_encodes_it(string id, string path) =>
        ModelPath.Of(id).Should().Be(path);

    [Fact]
    public void An_id_with_a_slash_stays_one_segment_under_the_endpoint()
    {
        var uri = new Uri(new Uri("https://api.groq.com/openai/v1/"), ModelPath.Of("openai/gpt-oss-120b"));

        uri.AbsolutePath.Should().Be("/openai/v1/models/openai%2Fgpt-oss-120b");
    }

    [Fact]
    public void Every_field_Groq_sends_is_read()
    {
        var model = Parse("""{"id":"qwen/qwen3-32b","object":"model","created":1748396646,"owned_by":"Alibaba Cloud","active":false,"context_window":131072,"max_completion_tokens":40960,"public_apps":null}""");

        model.Should().Be(new GroqModel("qwen/qwen3-32b", "Alibaba Cloud", false, 131072, 40960, DateTimeOffset.FromUnixTimeSeconds(1748396646)));
    }

    [Fact]
    public void Missing_fields_are_null_and_a_model_not_marked_inactive_is_active()
    {
        var model = Parse("""{"id":"bare"}""");

        model.Should().Be(new GroqModel("bare", null, true, null, null, null));
    }

    [Fact]
    public void Numbers_no_int_or_date_holds_are_clamped_or_dropped()
    {
        var model = Parse("""{"id":"odd","created":9223372036854775807,"context_window":99999999999,"max_completion_tokens":-5}""");

        model.Should().Be(new GroqModel("odd", null, true, int.MaxValue, null, null));
    }

    [Fact]
    public void Entries_without_an_id_are_left_out_of_the_list_and_a_repeated_id_is_looked_up_as_its_first_entry()
    {
        var list = JsonSerializer.Deserialize("""{"object":"list","data":[{"id":"a","context_window":1},{"owned_by":"x"},{"id":""},{"id":"a","context_window":2}]}""", GroqJsonContext.Default.WireModelList)!;

        var index = ModelMapper.ToIndex(list);

        index.Models.Select(m => m.Id).Should().Equal("a", "a");
        index.ById["a"].ContextWindow.Should().Be(1);
    }

    private static GroqModel? Parse(string json) => ModelMapper.ToModel(JsonSerializer.Deserialize(json, GroqJsonContext.Default.WireModel)!);
}
