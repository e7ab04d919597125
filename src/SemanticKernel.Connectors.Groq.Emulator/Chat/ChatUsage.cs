using System.Globalization;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Token counts and deterministic timings, written in Groq's <c>usage</c> shape.</summary>
internal sealed record ChatUsage(int PromptTokens, int CompletionTokens, int ReasoningTokens, int CachedTokens)
{
    /// <summary>The emulator's token estimate for completions: one token per four characters, at least one.</summary>
    public const int CharactersPerToken = 4;

    private const double QueueTime = 0.0125;

    public int TotalTokens => PromptTokens + CompletionTokens;

    public static ChatUsage Estimate(int promptCharacters, string? content, string? reasoning, IReadOnlyList<EmulatorToolCall> calls)
    {
        var reasoningTokens = reasoning is null ? 0 : Tokens(reasoning.Length);
        var outputCharacters = (content?.Length ?? 0) + calls.Sum(call => call.Name.Length + call.ArgumentsJson.Length);
        return new ChatUsage(Tokens(promptCharacters), Tokens(outputCharacters) + reasoningTokens, reasoningTokens, 0);
    }

    public static ChatUsage From(UsageOverride usage) =>
        new(usage.PromptTokens, usage.CompletionTokens, usage.ReasoningTokens, usage.CachedTokens);

    public void WriteTo(Utf8JsonWriter writer, string propertyName)
    {
        var promptTime = Math.Round(PromptTokens * 0.00004, 9);
        var completionTime = Math.Round(CompletionTokens * 0.004, 9);
        writer.WriteStartObject(propertyName);
        WriteSeconds(writer, "queue_time", QueueTime);
        writer.WriteNumber("prompt_tokens", PromptTokens);
        WriteSeconds(writer, "prompt_time", promptTime);
        writer.WriteNumber("completion_tokens", CompletionTokens);
        WriteSeconds(writer, "completion_time", completionTime);
        writer.WriteNumber("total_tokens", TotalTokens);
        WriteSeconds(writer, "total_time", promptTime + completionTime);
        if (CachedTokens > 0)
        {
            writer.WriteStartObject("prompt_tokens_details");
            writer.WriteNumber("cached_tokens", CachedTokens);
            writer.WriteEndObject();
        }

        if (ReasoningTokens > 0)
        {
            writer.WriteStartObject("completion_tokens_details");
            writer.WriteNumber("reasoning_tokens", ReasoningTokens);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSeconds(Utf8JsonWriter writer, string name, double seconds)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(Math.Round(seconds, 9).ToString("0.0########", CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    public static int Tokens(int characters) => Math.Max(1, (characters + CharactersPerToken - 1) / CharactersPerToken);
}
