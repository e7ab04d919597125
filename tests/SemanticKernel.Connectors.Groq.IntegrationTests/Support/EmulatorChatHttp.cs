using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests;

/// <summary>Raw HTTP to the emulator's <c>/chat/completions</c>, so emulator tests see exactly what Groq's wire carries.</summary>
internal static class EmulatorChatHttp
{
    /// <summary>Posts a chat body; returns the status and the parsed body (a completion or <c>{"error":...}</c>).</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(GroqEmulator emulator, string body, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var request = Request(emulator, body);
        using var response = await http.SendAsync(request, cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>Posts a streaming chat body; returns every <c>data:</c> chunk before <c>[DONE]</c>, parsed.</summary>
    public static async Task<IReadOnlyList<JsonElement>> StreamAsync(GroqEmulator emulator, string body, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var request = Request(emulator, body);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var chunks = new List<JsonElement>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line != "data: [DONE]")
            {
                using var json = JsonDocument.Parse(line["data: ".Length..]);
                chunks.Add(json.RootElement.Clone());
            }
        }

        return chunks;
    }

    private static HttpRequestMessage Request(GroqEmulator emulator, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ApiKey);
        return request;
    }
}
