using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>
/// Renders a plan as Groq's <c>chat.completion.chunk</c> sequence: a role chunk carrying <c>x_groq.id</c>, reasoning
/// pieces, each executed tool as it starts and as it finishes, content pieces, the citations, tool-call deltas keyed
/// by index, and a last chunk with <c>finish_reason</c> and usage.
/// </summary>
internal static class ChatStreamRenderer
{
    public const string SystemFingerprint = "fp_emulator";

    public static IReadOnlyList<string> Chunks(ChatRequest request, CompletionPlan plan, string requestId)
    {
        var header = new ChunkHeader(Ids.CompletionId(), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), request.Model);
        var chunks = new List<string>
        {
            Chunk(header, delta =>
            {
                delta.WriteString("role", "assistant");
                if (plan.Calls.Count > 0 && plan.Content is null)
                {
                    delta.WriteNull("content");
                }
                else
                {
                    delta.WriteString("content", string.Empty);
                }
            }, null, writer =>
            {
                writer.WriteStartObject("x_groq");
                writer.WriteString("id", requestId);
                writer.WriteNumber("seed", request.Seed);
                writer.WriteEndObject();
            }),
        };

        foreach (var piece in TextPieces.Words(plan.Reasoning ?? string.Empty))
        {
            chunks.Add(Chunk(header, delta => delta.WriteString("reasoning", piece)));
        }

        for (var index = 0; index < plan.ExecutedTools.Count; index++)
        {
            IReadOnlyList<EmulatedExecutedTool> tool = [plan.ExecutedTools[index]];
            var toolIndex = index;
            chunks.Add(Chunk(header, delta => BuiltInToolWriter.WriteExecutedTools(delta, tool, toolIndex, withResults: false)));
            chunks.Add(Chunk(header, delta => BuiltInToolWriter.WriteExecutedTools(delta, tool, toolIndex, withResults: true)));
        }

        foreach (var piece in TextPieces.Words(plan.Content ?? string.Empty))
        {
            chunks.Add(Chunk(header, delta => delta.WriteString("content", piece)));
        }

        if (plan.Citations.Count > 0)
        {
            chunks.Add(Chunk(header, delta => BuiltInToolWriter.WriteAnnotations(delta, plan.Citations)));
        }

        for (var index = 0; index < plan.Calls.Count; index++)
        {
            var call = plan.Calls[index];
            var first = true;
            foreach (var arguments in TextPieces.Halves(call.ArgumentsJson))
            {
                var isFirst = first;
                var callIndex = index;
                chunks.Add(Chunk(header, delta => WriteToolCallDelta(delta, call, arguments, callIndex, isFirst)));
                first = false;
            }
        }

        chunks.Add(Chunk(header, _ => { }, plan.FinishReason, writer =>
        {
            writer.WriteStartObject("x_groq");
            writer.WriteString("id", requestId);
            plan.Usage.WriteTo(writer, "usage");
            writer.WriteEndObject();
            plan.Usage.WriteTo(writer, "usage");
        }));
        return chunks;
    }

    private static void WriteToolCallDelta(Utf8JsonWriter delta, EmulatorToolCall call, string arguments, int index, bool first)
    {
        delta.WriteStartArray("tool_calls");
        delta.WriteStartObject();
        if (first)
        {
            delta.WriteString("id", call.Id);
            delta.WriteString("type", "function");
        }

        delta.WriteStartObject("function");
        if (first)
        {
            delta.WriteString("name", call.Name);
        }

        delta.WriteString("arguments", arguments);
        delta.WriteEndObject();
        delta.WriteNumber("index", index);
        delta.WriteEndObject();
        delta.WriteEndArray();
    }

    private static string Chunk(ChunkHeader header, Action<Utf8JsonWriter> writeDelta, string? finishReason = null, Action<Utf8JsonWriter>? writeTail = null) =>
        EmulatorJson.WriteString(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", header.Id);
            writer.WriteString("object", "chat.completion.chunk");
            writer.WriteNumber("created", header.Created);
            writer.WriteString("model", header.Model);
            writer.WriteString("system_fingerprint", SystemFingerprint);
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("delta");
            writeDelta(writer);
            writer.WriteEndObject();
            writer.WriteNull("logprobs");
            if (finishReason is null)
            {
                writer.WriteNull("finish_reason");
            }
            else
            {
                writer.WriteString("finish_reason", finishReason);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writeTail?.Invoke(writer);
            writer.WriteEndObject();
        });
}
