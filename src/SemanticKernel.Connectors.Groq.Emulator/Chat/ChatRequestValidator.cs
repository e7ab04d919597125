using System.Collections.Frozen;
using System.Text.Json;
using SemanticKernel.Connectors.Groq.Emulator.Chat.BuiltInTools;
using SemanticKernel.Connectors.Groq.Emulator.Models;
using SemanticKernel.Connectors.Groq.Emulator.Server;

namespace SemanticKernel.Connectors.Groq.Emulator.Chat;

/// <summary>Validates a <c>/chat/completions</c> body as strictly as Groq and extracts a <see cref="ChatRequest"/>.</summary>
internal static class ChatRequestValidator
{
    private static readonly FrozenSet<string> AllowedKeys = FrozenSet.Create(
        StringComparer.Ordinal,
        "model", "messages", "temperature", "top_p", "max_completion_tokens", "max_tokens", "stop", "n", "seed", "stream",
        "stream_options", "response_format", "tools", "tool_choice", "parallel_tool_calls", "user", "reasoning_format",
        "include_reasoning", "reasoning_effort", "service_tier", "search_settings", "compound_custom", "documents",
        "citation_options", "disable_tool_validation", "frequency_penalty", "presence_penalty", "include_domains", "exclude_domains");

    private static readonly FrozenSet<string> NotSupported = FrozenSet.Create(StringComparer.Ordinal, "logprobs", "top_logprobs", "logit_bias");
    private static readonly FrozenSet<string> StreamOptionsKeys = FrozenSet.Create(StringComparer.Ordinal, "include_usage");

    /// <exception cref="GroqErrorException">The request is invalid; the exception carries Groq's error.</exception>
    public static ChatRequest Validate(JsonElement? body, EmulatorState state)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            throw new GroqErrorException(GroqError.BadRequest("We could not parse the JSON body of your request. The API expects a JSON object."));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (NotSupported.Contains(property.Name))
            {
                throw new GroqErrorException(GroqError.BadRequest($"property '{property.Name}' is unsupported: `{property.Name}` is not supported by Groq", property.Name));
            }

            if (!AllowedKeys.Contains(property.Name))
            {
                throw new GroqErrorException(GroqError.BadRequest($"property '{property.Name}' is unsupported", property.Name));
            }
        }

        var model = JsonChecks.OptionalString(root, "model", "model")
            ?? throw JsonChecks.Fail("model", "property 'model' is missing");
        if (!state.IsKnownModel(model))
        {
            throw new GroqErrorException(GroqError.ModelNotFound(model));
        }

        if (!state.IsActiveModel(model))
        {
            throw new GroqErrorException(GroqError.ModelDecommissioned(model));
        }

        var info = ModelCatalog.Get(model);
        if (!info.Chat)
        {
            throw new GroqErrorException(GroqError.BadRequest($"The model `{model}` does not support chat completions.", "model"));
        }

        var messages = MessageValidator.Validate(root);
        ImageRules.Check(messages, info);
        ValidateScalars(root, info);
        var hasStop = ValidateStop(root);
        var (formatType, schema) = ResponseFormatValidator.Validate(root);
        var functions = ToolValidator.ValidateTools(root, out var anyTool);
        var (toolChoice, toolChoiceFunction) = ToolValidator.ValidateToolChoice(root, functions, anyTool);
        var reasoningFormat = JsonChecks.OptionalEnum(root, "reasoning_format", "reasoning_format", "hidden", "raw", "parsed");
        var includeReasoning = JsonChecks.OptionalBool(root, "include_reasoning", "include_reasoning");
        var reasoningEffort = JsonChecks.OptionalEnum(root, "reasoning_effort", "reasoning_effort", "none", "default", "low", "medium", "high");
        var serviceTier = JsonChecks.OptionalEnum(root, "service_tier", "service_tier", "auto", "on_demand", "flex", "performance");
        var stream = JsonChecks.OptionalBool(root, "stream", "stream") ?? false;
        if (PromptTokens.Estimate(messages) > info.ContextWindow)
        {
            throw new GroqErrorException(GroqError.ContextLengthExceeded());
        }

        var jsonMode = formatType is "json_object" or "json_schema";
        if (jsonMode && stream)
        {
            throw new GroqErrorException(GroqError.BadRequest("`response_format` does not support streaming", "response_format"));
        }

        if (jsonMode && hasStop)
        {
            throw new GroqErrorException(GroqError.BadRequest("`response_format` does not support stop sequences", "response_format"));
        }

        if (reasoningFormat is not null && includeReasoning is not null)
        {
            throw new GroqErrorException(GroqError.BadRequest("`reasoning_format` and `include_reasoning` cannot be used together", "reasoning_format"));
        }

        if (reasoningFormat == "raw" && (jsonMode || anyTool))
        {
            throw new GroqErrorException(GroqError.BadRequest("`reasoning_format` 'raw' is not supported with JSON mode or tool calling; use 'parsed' or 'hidden'", "reasoning_format"));
        }

        return new ChatRequest
        {
            Model = model,
            Messages = messages,
            Stream = stream,
            ResponseFormatType = formatType,
            JsonSchema = schema,
            Functions = functions,
            ToolChoice = toolChoice,
            ToolChoiceFunction = toolChoiceFunction,
            ReasoningFormat = reasoningFormat,
            IncludeReasoning = includeReasoning,
            ServiceTier = serviceTier ?? "on_demand",
            MaxCompletionTokens = (int?)(JsonChecks.OptionalInteger(root, "max_completion_tokens", "max_completion_tokens", 1, info.MaxCompletionTokens)
                ?? JsonChecks.OptionalInteger(root, "max_tokens", "max_tokens", 1, info.MaxCompletionTokens)),
            ReasoningEffort = reasoningEffort,
            Seed = JsonChecks.OptionalInteger(root, "seed", "seed", long.MinValue, long.MaxValue) ?? Ids.Seed(root.GetRawText()),
            BuiltInTools = BuiltInToolRequest.Types(root),
            Documents = DocumentValidator.Validate(root),
            CitationsEnabled = JsonChecks.OptionalString(root, "citation_options", "citation_options") == "enabled",
        };
    }

    private static void ValidateScalars(JsonElement root, ModelInfo model)
    {
        JsonChecks.OptionalNumber(root, "temperature", "temperature", 0, 2);
        JsonChecks.OptionalNumber(root, "top_p", "top_p", 0, 1);
        JsonChecks.OptionalNumber(root, "frequency_penalty", "frequency_penalty", -2, 2);
        JsonChecks.OptionalNumber(root, "presence_penalty", "presence_penalty", -2, 2);
        JsonChecks.OptionalInteger(root, "n", "n", 1, 1);
        JsonChecks.OptionalInteger(root, "seed", "seed", long.MinValue, long.MaxValue);
        foreach (var name in (ReadOnlySpan<string>)["max_completion_tokens", "max_tokens"])
        {
            var max = JsonChecks.OptionalInteger(root, name, name, 1, long.MaxValue);
            if (max > model.MaxCompletionTokens)
            {
                throw new GroqErrorException(GroqError.BadRequest(
                    $"`{name}` must be less than or equal to `{model.MaxCompletionTokens}`, the maximum value for `{name}` is less than the `context_window` for this model",
                    name));
            }
        }

        JsonChecks.OptionalBool(root, "parallel_tool_calls", "parallel_tool_calls");
        JsonChecks.OptionalBool(root, "disable_tool_validation", "disable_tool_validation");
        JsonChecks.OptionalEnum(root, "citation_options", "citation_options", "enabled", "disabled");
        foreach (var name in (ReadOnlySpan<string>)["include_domains", "exclude_domains"])
        {
            if (JsonChecks.TryGet(root, name, out var domains) && domains.ValueKind != JsonValueKind.Null)
            {
                if (domains.ValueKind != JsonValueKind.Array || domains.EnumerateArray().Any(d => d.ValueKind != JsonValueKind.String))
                {
                    throw JsonChecks.Fail(name, "value must be an array of strings");
                }
            }
        }
        JsonChecks.OptionalString(root, "user", "user");
        if (JsonChecks.TryGet(root, "stream_options", out var streamOptions))
        {
            JsonChecks.RequireObject(streamOptions, "stream_options");
            JsonChecks.OnlyKeys(streamOptions, "stream_options", StreamOptionsKeys);
            JsonChecks.OptionalBool(streamOptions, "include_usage", "stream_options.include_usage");
        }
    }

    private static bool ValidateStop(JsonElement root)
    {
        if (!JsonChecks.TryGet(root, "stop", out var stop))
        {
            return false;
        }

        if (stop.ValueKind == JsonValueKind.String)
        {
            return true;
        }

        if (stop.ValueKind != JsonValueKind.Array)
        {
            throw JsonChecks.Fail("stop", "value must be a string or an array of strings");
        }

        if (stop.GetArrayLength() > 4)
        {
            throw JsonChecks.Fail("stop", "array must contain at most 4 item(s)");
        }

        var index = 0;
        foreach (var item in stop.EnumerateArray())
        {
            JsonChecks.RequireString(item, $"stop.{index}");
            index++;
        }

        return index > 0;
    }
}
