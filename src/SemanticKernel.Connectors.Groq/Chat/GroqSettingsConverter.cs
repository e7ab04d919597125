using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Core;
using static SemanticKernel.Connectors.Groq.Core.ForeignSettingValue;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Reads foreign <see cref="PromptExecutionSettings"/> into <see cref="GroqPromptExecutionSettings"/> by their JSON
/// names. A plain settings object (a prompt template's) is read from its <see cref="PromptExecutionSettings.ExtensionData"/>;
/// a derived one (e.g. OpenAI's) property by property through its JSON contract, so values JSON cannot carry (a
/// <see cref="Type"/>, a <c>ChatResponseFormat</c>) arrive unchanged. Keys Groq cannot take are dropped and logged.
/// </summary>
internal static class GroqSettingsConverter
{
    public static GroqPromptExecutionSettings Convert(PromptExecutionSettings settings, ILogger logger)
    {
        var result = new GroqPromptExecutionSettings
        {
            ModelId = settings.ModelId,
            ServiceId = settings.ServiceId,
            FunctionChoiceBehavior = settings.FunctionChoiceBehavior,
        };

        foreach (var (key, value) in ForeignSettingsReader.Read(settings, nameof(GroqPromptExecutionSettings)))
        {
            Apply(result, key, value, logger);
        }

        return result;
    }

    private static void Apply(GroqPromptExecutionSettings target, string key, object? value, ILogger logger)
    {
        if (value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return;
        }

        switch (key)
        {
            case "model_id" or "service_id" or "function_choice_behavior":
                break; // taken from the settings object itself, which keeps the function list
            case "temperature":
                target.Temperature = (float)Number(key, value);
                break;
            case "top_p":
                target.TopP = (float)Number(key, value);
                break;
            case "max_tokens":
                target.MaxTokens = checked((int)Integer(key, value));
                break;
            case "max_completion_tokens":
                target.MaxTokens ??= checked((int)Integer(key, value)); // Groq's own name; max_tokens wins
                break;
            case "stop_sequences" or "stop":
                target.StopSequences = Strings(key, value);
                break;
            case "seed":
                target.Seed = Integer(key, value);
                break;
            case "frequency_penalty":
                target.FrequencyPenalty = (float)Number(key, value);
                break;
            case "presence_penalty":
                target.PresencePenalty = (float)Number(key, value);
                break;
            case "response_format":
                target.ResponseFormat = value is JsonElement { ValueKind: JsonValueKind.String } format ? format.GetString() : value;
                break;
            case "results_per_prompt" or "n":
                target.ResultsPerPrompt = checked((int)Integer(key, value));
                break;
            case "parallel_tool_calls":
                target.ParallelToolCalls = Bool(key, value);
                break;
            case "chat_system_prompt":
                target.ChatSystemPrompt = Text(key, value);
                break;
            case "chat_developer_prompt":
                target.ChatSystemPrompt ??= Text(key, value); // Groq's only instruction role is system
                break;
            case "ToolCallBehavior":
                target.LegacyToolCallBehavior = value; // translated per call, when the kernel is known
                break;
            case var groqKey when GroqChatFields.TryGet(groqKey, out var field):
                target.SetGroqField(groqKey, field.Read(value, $"Execution setting \"{groqKey}\""));
                break;
            default:
                GroqLog.SettingIgnored(logger, key);
                break;
        }
    }
}
