using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>
/// Raw HTTP calls of the emulator's <c>/files</c> and <c>/batches</c> (no connector client involved), with the answer as
/// status and parsed JSON (Groq's <c>error</c> object for errors).
/// </summary>
internal sealed class BatchHttp(GroqEmulator emulator, string? apiKey) : IDisposable
{
    public const string Llama = "llama-3.3-70b-versatile";

    private static readonly string[] Terminal = ["completed", "failed", "expired", "cancelled"];

    private readonly HttpClient _http = new();

    public BatchHttp(GroqEmulator emulator)
        : this(emulator, emulator.ApiKey)
    {
    }

    /// <summary>A batch input line asking <see cref="Llama"/> a question, or carrying <paramref name="body"/> as is.</summary>
    public static string Line(string customId, string question = "hi", string? body = null) =>
        $$"""{"custom_id":"{{customId}}","method":"POST","url":"/v1/chat/completions","body":{{body ?? $$"""{"model":"{{Llama}}","messages":[{"role":"user","content":"{{question}}"}]}"""}}}""";

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public Task<(HttpStatusCode Status, JsonElement Answer)> UploadAsync(string content, string fileName = "requests.jsonl", string? purpose = "batch") =>
        UploadAsync(Encoding.UTF8.GetBytes(content), fileName, purpose);

    public async Task<(HttpStatusCode Status, JsonElement Answer)> UploadAsync(byte[] content, string fileName, string? purpose)
    {
        using var form = new MultipartFormDataContent();
        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), "purpose");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await SendAsync(HttpMethod.Post, "files", form);
    }

    /// <summary>Uploads the lines and returns the new file's id, failing the test if the upload is refused.</summary>
    public async Task<string> UploadIdAsync(string content)
    {
        var (status, file) = await UploadAsync(content);
        return status == HttpStatusCode.OK ? file.GetProperty("id").GetString()! : throw new InvalidOperationException($"Upload refused: {status} {file}");
    }

    public Task<(HttpStatusCode Status, JsonElement Answer)> CreateAsync(string fileId, string window = "24h", string? metadataJson = null) =>
        PostJsonAsync("batches", $$"""{"input_file_id":"{{fileId}}","endpoint":"/v1/chat/completions","completion_window":"{{window}}"{{(metadataJson is null ? "" : $",\"metadata\":{metadataJson}")}}}""");

    /// <summary>Uploads the lines, creates a batch of them and returns its id.</summary>
    public async Task<string> StartAsync(string content)
    {
        var (status, batch) = await CreateAsync(await UploadIdAsync(content));
        return status == HttpStatusCode.OK ? batch.GetProperty("id").GetString()! : throw new InvalidOperationException($"Batch refused: {status} {batch}");
    }

    public Task<(HttpStatusCode Status, JsonElement Answer)> PostJsonAsync(string path, string json) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<(HttpStatusCode Status, JsonElement Answer)> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<(HttpStatusCode Status, JsonElement Answer)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<JsonElement> BatchAsync(string id)
    {
        var (status, batch) = await GetAsync("batches/" + id);
        return status == HttpStatusCode.OK ? batch : throw new InvalidOperationException($"GET batch {id}: {status} {batch}");
    }

    /// <summary>Polls the batch every 10 ms until it reaches <paramref name="until"/> (or any ended status), keeping every answer seen.</summary>
    public async Task<List<JsonElement>> PollAsync(string id, CancellationToken cancellationToken, params string[] until)
    {
        var seen = new List<JsonElement>();
        string[] stops = [.. until, .. Terminal];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var batch = await BatchAsync(id);
            seen.Add(batch);
            if (stops.Contains(batch.GetProperty("status").GetString()))
            {
                return seen;
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>The file's content split into parsed JSONL lines.</summary>
    public async Task<List<JsonElement>> LinesAsync(string fileId)
    {
        using var request = Request(HttpMethod.Get, $"files/{fileId}/content", null);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public async Task<(HttpStatusCode Status, string? ContentType, byte[] Body)> RawAsync(HttpMethod method, string path)
    {
        using var request = Request(method, path, null);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => _http.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Answer)> SendAsync(HttpMethod method, string path, HttpContent? content)
    {
        using var request = Request(method, path, content);
        using var response = await _http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.TryGetProperty("error", out var error) ? error.Clone() : json.RootElement.Clone());
    }

    private HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, $"{emulator.Endpoint}/{path}") { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return request;
    }
}
