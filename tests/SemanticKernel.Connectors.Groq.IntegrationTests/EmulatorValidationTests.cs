using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator, spoken to with raw HTTP, answers invalid requests the way Groq documents.</summary>
public sealed class EmulatorValidationTests
{
    private const string Hi = """[{"role":"user","content":"hi"}]""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"hi","name":"alice"}]}""", "messages.0.name")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":[{"role":"system","content":[{"type":"text","text":"x"}]},{"role":"user","content":"hi"}]}""", "messages.0.content")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":[{"role":"developer","content":[{"type":"text","text":"x"}]},{"role":"user","content":"hi"}]}""", "messages.0.content")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":[{"role":"developer","content":"x","name":"ops"},{"role":"user","content":"hi"}]}""", "messages.0.name")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":[{"role":"critic","content":"x"},{"role":"user","content":"hi"}]}""", "messages.0.role")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"logprobs":true}""", "logprobs")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"logit_bias":{"1":1}}""", "logit_bias")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"n":2}""", "n")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"stop":["a","b","c","d","e"]}""", "stop")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"temperature":2.5}""", "temperature")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"response_format":{"type":"json_object"},"stream":true}""", "response_format")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"response_format":{"type":"json_object"},"stop":["x"]}""", "response_format")]
    [InlineData("""{"model":"llama-3.3-70b-versatile","messages":HI,"store":true}""", "store")]
    public async Task Invalid_chat_request_gets_a_groq_shaped_400_naming_the_field(string body, string param)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, error) = await PostAsync(emulator, body.Replace("HI", Hi, StringComparison.Ordinal), emulator.ApiKey);

        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        error.GetProperty("param").GetString().Should().StartWith(param);
    }

    [Fact]
    public async Task A_developer_message_is_accepted_like_a_system_message()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, answer) = await PostAsync(
            emulator, """{"model":"llama-3.3-70b-versatile","messages":[{"role":"developer","content":"Be exact."},{"role":"user","content":"hi"}]}""", emulator.ApiKey);

        status.Should().Be(HttpStatusCode.OK);
        answer.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString().Should().Be("You asked: hi");
    }

    [Fact]
    public async Task Missing_key_gets_401_invalid_api_key()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, error) = await PostAsync(emulator, $$"""{"model":"llama-3.3-70b-versatile","messages":{{Hi}}}""", apiKey: null);

        status.Should().Be(HttpStatusCode.Unauthorized);
        error.GetProperty("code").GetString().Should().Be("invalid_api_key");
    }

    [Fact]
    public async Task Unknown_model_gets_404_model_not_found()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, error) = await PostAsync(emulator, $$"""{"model":"gpt-4o","messages":{{Hi}}}""", emulator.ApiKey);

        status.Should().Be(HttpStatusCode.NotFound);
        error.GetProperty("code").GetString().Should().Be("model_not_found");
        error.GetProperty("message").GetString().Should().Contain("gpt-4o");
    }

    [Fact]
    public async Task Every_answer_has_a_request_id_and_rate_limit_headers_in_go_duration_form()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{emulator.Endpoint}/models");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);

        using var response = await http.SendAsync(request, Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("x-request-id").Single().Should().MatchRegex("^req_[a-z0-9]{26}$");
        response.Headers.GetValues("x-ratelimit-limit-requests").Single().Should().Be("14400");
        response.Headers.GetValues("x-ratelimit-reset-tokens").Single().Should().MatchRegex(@"^(\d+m)?\d+(\.\d+)?m?s$");
        json.RootElement.GetProperty("object").GetString().Should().Be("list");
        json.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString())
            .Should().Contain(["llama-3.3-70b-versatile", "whisper-large-v3"]);
    }

    /// <summary>Posts a chat body; returns the status and the <c>error</c> object, or the whole body when there is none.</summary>
    private static async Task<(HttpStatusCode Status, JsonElement Answer)> PostAsync(GroqEmulator emulator, string body, string? apiKey)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await http.SendAsync(request, Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, json.RootElement.TryGetProperty("error", out var error) ? error.Clone() : json.RootElement.Clone());
    }
}
