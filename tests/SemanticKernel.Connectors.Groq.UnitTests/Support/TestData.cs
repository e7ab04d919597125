using System.Text;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.UnitTests.Support;

/// <summary>Reads the recorded Groq responses in <c>TestData/</c> and builds SSE bodies.</summary>
internal static class TestData
{
    public const string Text = "groq-text.json";
    public const string ToolCall = "groq-tool-call.json";
    public const string Reasoning = "groq-reasoning.json";
    public const string TextChunks = "groq-text.chunks.txt";
    public const string ToolCallChunks = "groq-tool-call.chunks.txt";
    public const string ReasoningChunks = "groq-reasoning.chunks.txt";

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>The SSE data payloads of a chunks file, one per non-empty line.</summary>
    public static string[] ChunkLines(string name) =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", name)).Where(line => line.Length > 0)];

    /// <summary>Wraps each payload as <c>data: ...</c> and, unless told otherwise, ends with <c>data: [DONE]</c>.</summary>
    public static string ToSse(IEnumerable<string> payloads, bool done = true)
    {
        var builder = new StringBuilder();
        foreach (string payload in payloads)
        {
            builder.Append("data: ").Append(payload).Append("\n\n");
        }

        if (done)
        {
            builder.Append("data: [DONE]\n\n");
        }

        return builder.ToString();
    }

    /// <summary>The <c>choices[0].message</c> of a recorded non-streamed response.</summary>
    public static JsonElement Message(string name)
    {
        using var document = JsonDocument.Parse(Read(name));
        return document.RootElement.GetProperty("choices")[0].GetProperty("message").Clone();
    }

    /// <summary>Concatenates <c>choices[0].delta.{property}</c> over every chunk of a chunks file.</summary>
    public static string ConcatDeltas(string name, string property)
    {
        var builder = new StringBuilder();
        foreach (string line in ChunkLines(name))
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.GetProperty("choices")[0].GetProperty("delta").TryGetProperty(property, out var value) &&
                value.ValueKind == JsonValueKind.String)
            {
                builder.Append(value.GetString());
            }
        }

        return builder.ToString();
    }

    /// <summary>A minimal valid chat completion with the given content.</summary>
    public static string Completion(string content = "Hello!", string finishReason = "stop") =>
        $$"""
        {"id":"chatcmpl-test","object":"chat.completion","created":1730000000,"model":"llama-3.3-70b-versatile",
         "system_fingerprint":"fp_test",
         "choices":[{"index":0,"message":{"role":"assistant","content":{{JsonSerializer.Serialize(content)}}},"logprobs":null,"finish_reason":"{{finishReason}}"}],
         "usage":{"queue_time":0.01,"prompt_tokens":18,"prompt_time":0.002,"completion_tokens":9,"completion_time":0.01,"total_tokens":27,"total_time":0.012},
         "x_groq":{"id":"req_test"},"service_tier":"on_demand"}
        """;
}
