using System.Buffers;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>The baseline: the least a hand-written caller could do with HttpClient, Utf8JsonWriter and JsonDocument.</summary>
internal static class RawGroqCalls
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue AcceptEventStream = new("text/event-stream");
    private static readonly AuthenticationHeaderValue Authorization = new("Bearer", Scenario.ApiKey);
    private static readonly SseItemParser<Delta> DeltaParser = ParseDelta;

    public static Task<RawChatResult> GetResponseAsync(HttpClient httpClient) => SendAsync(httpClient, NewRequest(stream: false));

    public static Task<string> GetStreamingTextAsync(HttpClient httpClient) => SendStreamingAsync(httpClient, NewRequest(stream: true));

    /// <summary>Sends <paramref name="request"/> (and disposes it) and reads the answer's text and usage with <see cref="JsonDocument"/>.</summary>
    public static async Task<RawChatResult> SendAsync(HttpClient httpClient, HttpRequestMessage request)
    {
        using var _ = request;
        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync();
        using var doc = await JsonDocument.ParseAsync(stream);
        var root = doc.RootElement;
        string text = root.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() ?? string.Empty;
        var usage = root.GetProperty("usage");
        return new RawChatResult(
            text,
            usage.GetProperty("prompt_tokens").GetInt32(),
            usage.GetProperty("completion_tokens").GetInt32(),
            usage.GetProperty("total_tokens").GetInt32());
    }

    /// <summary>Sends <paramref name="request"/> (and disposes it) and reads the streamed text with <see cref="SseParser"/> and a <see cref="JsonDocument"/> per chunk.</summary>
    public static async Task<string> SendStreamingAsync(HttpClient httpClient, HttpRequestMessage request)
    {
        using var _ = request;
        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync();
        var text = new StringBuilder();
        await foreach (var item in SseParser.Create(stream, DeltaParser).EnumerateAsync())
        {
            if (item.Data.Done)
            {
                return text.ToString();
            }

            text.Append(item.Data.Content);
        }

        throw new InvalidOperationException("The stream ended before [DONE].");
    }

    private static HttpRequestMessage NewRequest(bool stream)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model"u8, Scenario.Model);
            json.WriteStartArray("messages"u8);
            json.WriteStartObject();
            json.WriteString("role"u8, "user"u8);
            json.WriteString("content"u8, Scenario.Prompt);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteNumber("temperature"u8, Scenario.Temperature);
            json.WriteNumber("max_completion_tokens"u8, Scenario.MaxTokens);
            if (stream)
            {
                json.WriteBoolean("stream"u8, true);
            }

            json.WriteEndObject();
        }

        return NewRequest(buffer.WrittenMemory, stream);
    }

    /// <summary>A POST of <paramref name="body"/> to the chat completions URL with the key and the Accept header of a (streamed) answer.</summary>
    public static HttpRequestMessage NewRequest(ReadOnlyMemory<byte> body, bool stream)
    {
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = JsonContentType;
        var request = new HttpRequestMessage(HttpMethod.Post, Scenario.ChatCompletionsUri) { Content = content };
        request.Headers.Authorization = Authorization;
        request.Headers.Accept.Add(stream ? AcceptEventStream : AcceptJson);
        return request;
    }

    private static Delta ParseDelta(string eventType, ReadOnlySpan<byte> data)
    {
        if (data.SequenceEqual("[DONE]"u8))
        {
            return new Delta(null, Done: true);
        }

        var reader = new Utf8JsonReader(data);
        using var doc = JsonDocument.ParseValue(ref reader);
        var choices = doc.RootElement.GetProperty("choices");
        string? content = choices.GetArrayLength() > 0
            && choices[0].TryGetProperty("delta"u8, out var delta)
            && delta.TryGetProperty("content"u8, out var c)
            && c.ValueKind == JsonValueKind.String
                ? c.GetString()
                : null;
        return new Delta(content, Done: false);
    }

    private readonly record struct Delta(string? Content, bool Done);
}

/// <summary>What the baseline reads from a non-streaming answer.</summary>
public sealed record RawChatResult(string Text, int InputTokens, int OutputTokens, int TotalTokens);
