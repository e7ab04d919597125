using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// The part of an answer both clients must read alike: text, reasoning and tool calls (<c>name(arguments)</c>, arguments
/// as normalized JSON), or for audio the transcript or the audio's type and size.
/// </summary>
internal sealed record AnswerSummary(string Text, string Reasoning = "", string ToolCalls = "")
{
    public static AnswerSummary FromChat(ChatResponse response)
    {
        var contents = response.Messages.SelectMany(m => m.Contents).ToList();
        return new(
            response.Text,
            string.Concat(contents.OfType<TextReasoningContent>().Select(r => r.Text)),
            string.Join("; ", contents.OfType<FunctionCallContent>().Select(c =>
                $"{c.Name}({Normalize(JsonSerializer.Serialize(c.Arguments, AIJsonUtilities.DefaultOptions))})")));
    }

    public static AnswerSummary FromAudio(string contentType, ReadOnlySpan<byte> audio) =>
        new($"{contentType} {audio.Length} bytes {Encoding.Latin1.GetString(audio[..Math.Min(4, audio.Length)])}");

    /// <summary>Reads what groq-sdk returned for <paramref name="call"/> the way its documentation tells users to.</summary>
    public static AnswerSummary FromSdk(SdkCall call, SdkOutcome outcome) => call.Call switch
    {
        "chat" when call.IsStream => FromChunks(outcome.Chunks),
        "chat" => FromMessage(outcome.Result.GetProperty("choices")[0].GetProperty("message")),
        "transcriptions" or "translations" => new(
            outcome.Result.ValueKind == JsonValueKind.String ? outcome.Result.GetString()! : outcome.Result.GetProperty("text").GetString()!),
        "speech" => new($"{outcome.Result.GetProperty("contentType").GetString()} {outcome.Result.GetProperty("length").GetInt32()} bytes {outcome.Result.GetProperty("head").GetString()}"),
        "models.list" or "models.retrieve" => ModelConformanceCases.FromSdk(outcome.Result),
        _ => throw new NotSupportedException(call.Call),
    };

    private static AnswerSummary FromMessage(JsonElement message) => new(
        Member(message, "content"),
        Member(message, "reasoning"),
        message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array
            ? string.Join("; ", calls.EnumerateArray().Select(c => Call(Member(c.GetProperty("function"), "name"), Member(c.GetProperty("function"), "arguments"))))
            : "");

    private static AnswerSummary FromChunks(JsonElement chunks)
    {
        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        var calls = new SortedDictionary<int, (StringBuilder Name, StringBuilder Arguments)>();
        foreach (var chunk in chunks.EnumerateArray())
        {
            foreach (var choice in chunk.GetProperty("choices").EnumerateArray())
            {
                var delta = choice.GetProperty("delta");
                text.Append(Member(delta, "content"));
                reasoning.Append(Member(delta, "reasoning"));
                if (delta.TryGetProperty("tool_calls", out var deltas) && deltas.ValueKind == JsonValueKind.Array)
                {
                    foreach (var part in deltas.EnumerateArray())
                    {
                        int index = part.GetProperty("index").GetInt32();
                        if (!calls.TryGetValue(index, out var call))
                        {
                            calls[index] = call = (new StringBuilder(), new StringBuilder());
                        }

                        if (part.TryGetProperty("function", out var function))
                        {
                            call.Name.Append(Member(function, "name"));
                            call.Arguments.Append(Member(function, "arguments"));
                        }
                    }
                }
            }
        }

        return new(text.ToString(), reasoning.ToString(), string.Join("; ", calls.Values.Select(c => Call(c.Name.ToString(), c.Arguments.ToString()))));
    }

    private static string Call(string name, string arguments) => $"{name}({Normalize(arguments)})";

    private static string Normalize(string json) => JsonNode.Parse(json)?.ToJsonString() ?? "null";

    private static string Member(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
