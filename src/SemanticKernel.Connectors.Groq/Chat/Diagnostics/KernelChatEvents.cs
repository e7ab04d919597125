using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace SemanticKernel.Connectors.Groq.Chat.Diagnostics;

/// <summary>
/// The content events of Semantic Kernel's sensitive diagnostics, shaped as SK's connectors shape them: one event per message
/// of the history, named after its role, and one <c>gen_ai.choice</c> per answer, each holding its JSON in
/// <c>gen_ai.event.content</c>. Written with <see cref="Utf8JsonWriter"/>: no reflection serialization.
/// </summary>
internal static class KernelChatEvents
{
    public const string Content = "gen_ai.event.content";
    public const string ChoiceEvent = "gen_ai.choice";

    /// <summary>The event name of a history message with <paramref name="role"/> (SK's names, its developer one included).</summary>
    public static string EventName(AuthorRole role) =>
        role == AuthorRole.System ? "gen_ai.system.message"
        : role == AuthorRole.User ? "gen_ai.user.message"
        : role == AuthorRole.Assistant ? "gen_ai.assistant.message"
        : role == AuthorRole.Tool ? "gen_ai.tool.message"
        : role == AuthorRole.Developer ? "gen_ai.tool.developer"
        : "gen_ai." + role.Label + ".message";

    /// <summary><c>{"role","name","content","tool_calls"}</c> of a history message.</summary>
    public static string Message(ChatMessageContent message) => Write(message, static (writer, m) => WriteMessage(writer, m));

    /// <summary><c>{"index","message","tool_calls","finish_reason"}</c> of an answer.</summary>
    public static string Choice(ChatMessageContent answer, int index) => Write((answer, index), static (writer, choice) =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", choice.index);
        writer.WritePropertyName("message");
        WriteMessage(writer, choice.answer);
        WriteToolCalls(writer, choice.answer);
        writer.WritePropertyName("finish_reason");
        WriteValue(writer, choice.answer.Metadata?.GetValueOrDefault(GroqMetadataKeys.FinishReason));
        writer.WriteEndObject();
    });

    private static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteMessage(Utf8JsonWriter writer, ChatMessageContent message)
    {
        writer.WriteStartObject();
        writer.WriteString("role", message.Role.Label);
        writer.WriteString("name", message.AuthorName);
        writer.WriteString("content", message.Content);
        WriteToolCalls(writer, message);
        writer.WriteEndObject();
    }

    private static void WriteToolCalls(Utf8JsonWriter writer, ChatMessageContent message)
    {
        writer.WriteStartArray("tool_calls");
        foreach (var item in message.Items)
        {
            if (item is not FunctionCallContent call)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("id", call.Id);
            writer.WriteStartObject("function");
            writer.WriteString("name", call.FunctionName);
            writer.WritePropertyName("arguments");
            if (call.Arguments is { } arguments)
            {
                writer.WriteStartObject();
                foreach (var (name, value) in arguments)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
            writer.WriteString("type", "function");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A value as JSON: the JSON the model sent as is, numbers and booleans as such, anything else as its text.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
