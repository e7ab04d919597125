using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>The emulator holds <c>documents</c> to the shape groq-sdk types, answering anything else with a Groq-shaped 400.</summary>
public sealed class EmulatorDocumentValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("""{"id":"a"}""", "documents.0.source")]
    [InlineData("""{"source":{"type":"pdf","text":"x"}}""", "documents.0.source.type")]
    [InlineData("""{"source":{"type":"text"}}""", "documents.0.source.text")]
    [InlineData("""{"source":{"type":"text","text":"x","title":"t"}}""", "documents.0.source.title")]
    [InlineData("""{"source":{"type":"json","data":"not an object"}}""", "documents.0.source.data")]
    [InlineData("""{"id":7,"source":{"type":"text","text":"x"}}""", "documents.0.id")]
    [InlineData("""{"source":{"type":"text","text":"x"},"score":1}""", "documents.0.score")]
    public async Task A_malformed_document_gets_a_400_naming_its_field(string document, string param)
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, error) = await PostAsync(emulator,
            $$"""{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"hi"}],"documents":[{{document}}]}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        error.GetProperty("type").GetString().Should().Be("invalid_request_error");
        error.GetProperty("param").GetString().Should().Be(param);
    }

    [Fact]
    public async Task Text_and_json_documents_are_accepted()
    {
        await using var emulator = await GroqEmulator.StartAsync(cancellationToken: Ct);

        var (status, answer) = await PostAsync(emulator,
            """{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"hi"}],"documents":[{"source":{"type":"text","text":"x"}},{"id":"j","source":{"type":"json","data":{"k":1}}}]}""");

        status.Should().Be(HttpStatusCode.OK);
        answer.GetProperty("choices")[0].GetProperty("message").TryGetProperty("annotations", out _).Should().BeFalse("citations were not enabled");
    }

    private static async Task<(HttpStatusCode Status, JsonElement Answer)> PostAsync(GroqEmulator emulator, string body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);

        using var response = await http.SendAsync(request, Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, json.RootElement.TryGetProperty("error", out var error) ? error.Clone() : json.RootElement.Clone());
    }
}
