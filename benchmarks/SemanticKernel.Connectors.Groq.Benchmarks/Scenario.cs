using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>The shared inputs and the three clients of one scenario, all over one <see cref="CannedHttpHandler"/>.</summary>
internal sealed class Scenario : IDisposable
{
    public const string Model = "llama-3.3-70b-versatile";
    public const string ApiKey = "gsk_benchmark_not_a_real_key";
    public const string Prompt = "Invent a new holiday and describe its traditions.";
    public const float Temperature = 0.5f;
    public const int MaxTokens = 256;

    public static readonly Uri Endpoint = new("https://api.groq.com/openai/v1");
    public static readonly Uri ChatCompletionsUri = new("https://api.groq.com/openai/v1/chat/completions");

    public Scenario(byte[] responseBody, string mediaType, bool asStream)
    {
        Handler = new CannedHttpHandler(responseBody, mediaType, asStream);
        HttpClient = new HttpClient(Handler, disposeHandler: true);

        Groq = new GroqChatClient(Model, GroqOptions(), HttpClient);

        OpenAI = new OpenAI.Chat.ChatClient(
            Model,
            new ApiKeyCredential(ApiKey),
            new OpenAIClientOptions { Endpoint = Endpoint, Transport = new HttpClientPipelineTransport(HttpClient) })
            .AsIChatClient();
    }

    public CannedHttpHandler Handler { get; }

    public HttpClient HttpClient { get; }

    public IChatClient Groq { get; }

    public IChatClient OpenAI { get; }

    /// <summary>Gets the conversation every path sends: one user message.</summary>
    public List<ChatMessage> Messages { get; } = [new(ChatRole.User, Prompt)];

    /// <summary>Gets the options every path sends.</summary>
    public ChatOptions Options { get; } = new() { Temperature = Temperature, MaxOutputTokens = MaxTokens };

    /// <summary>The Groq client options every Groq path uses: the benchmark endpoint and key, default retries and timeout.</summary>
    public static GroqClientOptions GroqOptions() => new() { Endpoint = Endpoint, ApiKey = ApiKey };

    public static string TestDataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public static byte[] NonStreamingBody() => File.ReadAllBytes(TestDataPath("groq-text.json"));

    /// <summary>Wraps each recorded chunk as <c>data: line\n\n</c> and ends with <c>data: [DONE]\n\n</c>.</summary>
    public static byte[] StreamingBody()
    {
        var sse = new StringBuilder();
        foreach (string line in File.ReadLines(TestDataPath("groq-text.chunks.txt")))
        {
            if (line.Length > 0)
            {
                sse.Append("data: ").Append(line).Append("\n\n");
            }
        }

        sse.Append("data: [DONE]\n\n");
        return Encoding.UTF8.GetBytes(sse.ToString());
    }

    /// <summary>
    /// Runs <paramref name="call"/> once with request capture on and checks that the body sent carries the
    /// same model, message, temperature and token limit as every other path.
    /// </summary>
    public async Task<T> CaptureAndCheckRequestAsync<T>(string path, bool streaming, Func<Task<T>> call)
    {
        Handler.Capture = true;
        int before = Handler.Requests;
        T result;
        try
        {
            result = await call();
        }
        finally
        {
            Handler.Capture = false;
        }

        if (Handler.Requests != before + 1)
        {
            throw new InvalidOperationException($"{path}: expected exactly one HTTP request, saw {Handler.Requests - before}.");
        }

        if (Handler.LastRequestUri != ChatCompletionsUri)
        {
            throw new InvalidOperationException($"{path}: sent to {Handler.LastRequestUri}, expected {ChatCompletionsUri}.");
        }

        using var doc = JsonDocument.Parse(Handler.LastRequestBody ?? throw new InvalidOperationException($"{path}: no request body."));
        var root = doc.RootElement;
        var messages = root.GetProperty("messages");
        int maxTokens = root.TryGetProperty("max_completion_tokens", out var mct) ? mct.GetInt32()
            : root.TryGetProperty("max_tokens", out var mt) ? mt.GetInt32()
            : -1;
        bool stream = root.TryGetProperty("stream", out var s) && s.GetBoolean();
        var problems = new List<string>();
        if (root.GetProperty("model").GetString() != Model)
        {
            problems.Add("model");
        }

        if (messages.GetArrayLength() != 1 || messages[0].GetProperty("role").GetString() != "user" || MessageText(messages[0]) != Prompt)
        {
            problems.Add("messages");
        }

        if (!root.TryGetProperty("temperature", out var t) || Math.Abs(t.GetDouble() - Temperature) > 1e-6)
        {
            problems.Add("temperature");
        }

        if (maxTokens != MaxTokens)
        {
            problems.Add("max tokens");
        }

        if (stream != streaming)
        {
            problems.Add("stream");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{path}: request differs from the other paths in {string.Join(", ", problems)}: {Encoding.UTF8.GetString(Handler.LastRequestBody)}");
        }

        return result;
    }

    public static void RequireSame(string what, string baselineName, string baseline, string otherName, string other)
    {
        if (!string.Equals(baseline, other, StringComparison.Ordinal))
        {
            int at = 0;
            while (at < Math.Min(baseline.Length, other.Length) && baseline[at] == other[at])
            {
                at++;
            }

            throw new InvalidOperationException(
                $"{what}: {otherName} extracted different text than {baselineName} " +
                $"(lengths {other.Length} vs {baseline.Length}, first difference at char {at}).");
        }
    }

    public void Dispose()
    {
        Groq.Dispose();
        OpenAI.Dispose();
        HttpClient.Dispose();
    }

    // Content may be a plain string or an array of parts, depending on the client.
    private static string? MessageText(JsonElement message)
    {
        var content = message.GetProperty("content");
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString();
        }

        var text = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            if (part.TryGetProperty("text", out var t))
            {
                text.Append(t.GetString());
            }
        }

        return text.ToString();
    }
}
