using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support;

/// <summary>Raw HTTP calls to a running emulator's audio endpoints: multipart uploads, streamed uploads and JSON speech requests.</summary>
internal static class EmulatorAudioHttp
{
    public const string Whisper = "whisper-large-v3";
    public const string Transcriptions = "audio/transcriptions";
    public const string Translations = "audio/translations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<(HttpStatusCode Status, JsonElement Json)> TranscribeJsonAsync(GroqEmulator emulator, byte[] wav, params (string Name, string Value)[] fields) =>
        PostJsonAsync(emulator, Transcriptions, ("a.wav", wav), fields);

    public static Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(GroqEmulator emulator, string path, (string FileName, byte[] Bytes)? file, params (string Name, string Value)[] fields) =>
        PostJsonAsync(emulator, path, file, emulator.ApiKey, fields);

    /// <summary>Posts a multipart form (the file part typed <c>audio/wav</c>, then the fields) and reads the answer as JSON.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(GroqEmulator emulator, string path, (string FileName, byte[] Bytes)? file, string? apiKey, (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        if (file is { } upload)
        {
            var part = new ByteArrayContent(upload.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
            content.Add(part, "file", upload.FileName);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        using var response = await SendAsync(emulator, path, content, apiKey);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    /// <summary>Posts a multipart form whose file part has no content type and returns the buffered response.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(GroqEmulator emulator, string path, (string FileName, byte[] Bytes) file, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file.Bytes), "file", file.FileName } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return await SendAsync(emulator, path, content, emulator.ApiKey);
    }

    /// <summary>Posts the fields and then <paramref name="upload"/> as the file part to the transcriptions endpoint, streamed in 64 KiB pieces.</summary>
    public static async Task<HttpResponseMessage> PostStreamAsync(GroqEmulator emulator, Stream upload, string fileName, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StreamContent(upload, 64 * 1024), "file", fileName);
        return await SendAsync(emulator, Transcriptions, content, emulator.ApiKey);
    }

    public static async Task<HttpResponseMessage> PostSpeechAsync(GroqEmulator emulator, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await SendAsync(emulator, "audio/speech", content, emulator.ApiKey);
    }

    /// <summary>Posts <paramref name="content"/> with a bearer key (none when <paramref name="apiKey"/> is null) and buffers the response body.</summary>
    public static async Task<HttpResponseMessage> SendAsync(GroqEmulator emulator, string path, HttpContent content, string? apiKey)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{emulator.Endpoint}/{path}") { Content = content };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        var response = await http.SendAsync(request, Ct);
        await response.Content.LoadIntoBufferAsync(Ct);
        return response;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.Clone();
    }
}
