using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// The floor of <c>--latency</c> and <c>--concurrent-streams</c>: a hand-written caller reading a stream with HttpClient (a
/// default SocketsHttpHandler), <see cref="SseParser"/> and <see cref="JsonDocument"/>, and nothing else.
/// </summary>
internal sealed class RawStreamHolder(Uri endpoint, string apiKey) : IDisposable
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        $$"""{"model":"{{EndToEndClients.Model}}","messages":[{"role":"user","content":"Say 24 words"}],"stream":true}""");

    private readonly HttpClient _http = new();
    private readonly Uri _chatCompletions = new(endpoint + "/chat/completions");
    private readonly AuthenticationHeaderValue _authorization = new("Bearer", apiKey);

    /// <summary>Reads one stream to its end (or until cancelled), calling <paramref name="midStream"/> when its second word arrives.</summary>
    public Task HoldAsync(Action midStream, CancellationToken cancellationToken)
    {
        var words = 0;
        return ReadAsync(
            _ =>
            {
                if (++words == 2)
                {
                    midStream();
                }
            },
            cancellationToken);
    }

    /// <summary>Reads one stream to its end (or until cancelled), calling <paramref name="onText"/> with each non-empty content delta.</summary>
    public async Task ReadAsync(Action<string> onText, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _chatCompletions) { Content = content };
        request.Headers.Authorization = _authorization;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            if (item.Data == "[DONE]")
            {
                return;
            }

            using var chunk = JsonDocument.Parse(item.Data);
            if (chunk.RootElement.GetProperty("choices")[0].GetProperty("delta").TryGetProperty("content", out var delta)
                && delta.GetString() is { Length: > 0 } text)
            {
                onText(text);
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
