using System.Buffers;
using System.Text.Json;

namespace SemanticKernel.Connectors.Groq.Benchmarks;

/// <summary>
/// The floor of the realistic workload: per call, writes the request body from the workload's in-memory strings with one
/// <see cref="Utf8JsonWriter"/> into a buffer sized from those strings, then reads the answer as <see cref="RawGroqCalls"/>
/// does (<see cref="JsonDocument"/>, or <c>SseParser</c> and a <see cref="JsonDocument"/> per chunk).
/// </summary>
internal sealed class RealisticFloor(RealisticWorkload workload, HttpClient httpClient)
{
    // Room for the JSON around the texts: roles, member names, tool wrappers and the other fields.
    private const int EnvelopeBytes = 2048;

    public Task<RawChatResult> GetResponseAsync() => RawGroqCalls.SendAsync(httpClient, RawGroqCalls.NewRequest(WriteBody(stream: false), stream: false));

    public Task<string> GetStreamingTextAsync() => RawGroqCalls.SendStreamingAsync(httpClient, RawGroqCalls.NewRequest(WriteBody(stream: true), stream: true));

    /// <summary>The request body, written the way a hand-written caller would (member order as in Groq's documentation).</summary>
    public ReadOnlyMemory<byte> WriteBody(bool stream)
    {
        var buffer = new ArrayBufferWriter<byte>(EstimateBytes());
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model"u8, Scenario.Model);
            json.WriteStartArray("messages"u8);
            WriteMessage(json, "system"u8, workload.SystemPrompt);
            for (int i = 0; i < workload.Turns.Count; i++)
            {
                WriteMessage(json, i % 2 == 0 ? "user"u8 : "assistant"u8, workload.Turns[i]);
            }

            WriteMessage(json, "user"u8, workload.Question);
            WriteToolCall(json, workload.ToolCall);
            json.WriteStartObject();
            json.WriteString("role"u8, "tool"u8);
            json.WriteString("tool_call_id"u8, workload.ToolCall.Id);
            json.WriteString("content"u8, workload.ToolResult);
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteNumber("temperature"u8, Scenario.Temperature);
            json.WriteNumber("max_completion_tokens"u8, Scenario.MaxTokens);
            if (stream)
            {
                json.WriteBoolean("stream"u8, true);
            }

            json.WriteStartArray("tools"u8);
            foreach (var tool in workload.Tools)
            {
                json.WriteStartObject();
                json.WriteString("type"u8, "function"u8);
                json.WriteStartObject("function"u8);
                json.WriteString("name"u8, tool.ToolName);
                json.WriteString("description"u8, tool.Description);
                json.WritePropertyName("parameters"u8);
                tool.Parameters.WriteTo(json);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("tool_choice"u8, "auto"u8);
            json.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void WriteMessage(Utf8JsonWriter json, ReadOnlySpan<byte> role, string content)
    {
        json.WriteStartObject();
        json.WriteString("role"u8, role);
        json.WriteString("content"u8, content);
        json.WriteEndObject();
    }

    private static void WriteToolCall(Utf8JsonWriter json, RealisticToolCall call)
    {
        json.WriteStartObject();
        json.WriteString("role"u8, "assistant"u8);
        json.WriteStartArray("tool_calls"u8);
        json.WriteStartObject();
        json.WriteString("id"u8, call.Id);
        json.WriteString("type"u8, "function"u8);
        json.WriteStartObject("function"u8);
        json.WriteString("name"u8, call.ToolName);
        json.WriteString("arguments"u8, call.Arguments);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The texts are mostly ASCII, so their UTF-16 length is close to their UTF-8 size; the tools' schemas are
    // rendered per call by WriteTo, so their share is counted from the descriptions, with the envelope for the rest.
    private int EstimateBytes()
    {
        int bytes = EnvelopeBytes + workload.SystemPrompt.Length + workload.Question.Length + workload.ToolResult.Length + workload.ToolCall.Arguments.Length;
        foreach (string turn in workload.Turns)
        {
            bytes += turn.Length;
        }

        foreach (var tool in workload.Tools)
        {
            bytes += tool.Description.Length + 512;
        }

        return bytes;
    }
}
