using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Renders a non-streaming <c>chat.completion</c> body, field for field like Groq's.</summary>
internal static class ChatCompletionRenderer
{
    public static byte[] Render(ChatRequest request, CompletionPlan plan, string requestId) => EmulatorJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", Ids.CompletionId());
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteString("model", request.Model);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        if (plan.Content is not null)
        {
            writer.WriteString("content", plan.Content);
        }

        if (plan.Reasoning is not null)
        {
            writer.WriteString("reasoning", plan.Reasoning);
        }

        if (plan.ExecutedTools.Count > 0)
        {
            BuiltInToolWriter.WriteExecutedTools(writer, plan.ExecutedTools, 0, withResults: true);
        }

        if (plan.Citations.Count > 0)
        {
            BuiltInToolWriter.WriteAnnotations(writer, plan.Citations);
        }

        if (plan.Calls.Count > 0)
        {
            writer.WriteStartArray("tool_calls");
            foreach (var call in plan.Calls)
            {
                writer.WriteStartObject();
                writer.WriteString("id", call.Id);
                writer.WriteString("type", "function");
                writer.WriteStartObject("function");
                writer.WriteString("name", call.Name);
                writer.WriteString("arguments", call.ArgumentsJson);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteNull("logprobs");
        writer.WriteString("finish_reason", plan.FinishReason);
        writer.WriteEndObject();
        writer.WriteEndArray();
        plan.Usage.WriteTo(writer, "usage");
        writer.WriteNull("usage_breakdown");
        writer.WriteString("system_fingerprint", ChatStreamRenderer.SystemFingerprint);
        writer.WriteStartObject("x_groq");
        writer.WriteString("id", requestId);
        writer.WriteNumber("seed", request.Seed);
        writer.WriteEndObject();
        writer.WriteString("service_tier", request.ServiceTier);
        writer.WriteEndObject();
    });
}
