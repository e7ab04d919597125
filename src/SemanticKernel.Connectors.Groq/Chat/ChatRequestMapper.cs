using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// <see cref="ChatOptions"/> and messages to a Groq request (pure). Anything Groq would reject with a 400
/// throws here instead, naming the setting; nothing is silently changed in meaning.
/// </summary>
internal static partial class ChatRequestMapper
{
    /// <summary>Groq takes temperature in (0, 2]; a requested 0 is sent as this, as Groq itself does.</summary>
    internal const float ZeroTemperature = 1e-8f;

    internal const int MaxTools = 128;

    /// <param name="messages">The conversation.</param>
    /// <param name="options">The caller's options.</param>
    /// <param name="defaultModelId">The model when <paramref name="options"/> names none.</param>
    /// <param name="stream">Whether the answer streams.</param>
    /// <param name="rawFields">What <see cref="ChatOptions.RawRepresentationFactory"/> returned: extra fields, sent as given.</param>
    public static WireChatRequest ToWireRequest(IEnumerable<ChatMessage> messages, ChatOptions? options, string defaultModelId, bool stream, object? rawFields = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        string model = options?.ModelId is { Length: > 0 } m ? m : defaultModelId;

        int count = messages is IWireMessageSource source ? source.Count : messages.TryGetNonEnumeratedCount(out int known) ? known : 0;
        var wireMessages = new List<WireMessage>(count + 1);
        if (!string.IsNullOrEmpty(options?.Instructions))
        {
            wireMessages.Add(new WireMessage { Role = "system", Content = WireContent.FromText(options.Instructions) });
        }

        ChatMessageMapper.AppendMessages(wireMessages, messages);
        if (wireMessages.Count == 0)
        {
            throw new ArgumentException("At least one message is required.", nameof(messages));
        }

        var request = new WireChatRequest { Model = model, Messages = wireMessages, Stream = stream ? true : null };
        if (options is not null)
        {
            ApplyOptions(request, options);
        }

        RawRequestFields.Apply(request, rawFields);
        Validate(request, stream);
        return request;
    }

    /// <summary>Whether the options ask for Groq's JSON mode, which cannot stream.</summary>
    public static bool IsJsonMode(ChatOptions? options) => options?.ResponseFormat is ChatResponseFormatJson;

    private static void ApplyOptions(WireChatRequest request, ChatOptions options)
    {
        request.Temperature = GroqRules.Temperature(options.Temperature, "ChatOptions.Temperature") is 0f
            ? ZeroTemperature
            : options.Temperature;
        request.TopP = GroqRules.TopP(options.TopP, "ChatOptions.TopP");
        request.MaxCompletionTokens = GroqRules.MaxTokens(options.MaxOutputTokens, "ChatOptions.MaxOutputTokens");
        request.FrequencyPenalty = GroqRules.Penalty(options.FrequencyPenalty, "ChatOptions.FrequencyPenalty");
        request.PresencePenalty = GroqRules.Penalty(options.PresencePenalty, "ChatOptions.PresencePenalty");
        request.Seed = options.Seed;
        if (options.TopK is not null)
        {
            throw new NotSupportedException("ChatOptions.TopK is not supported by Groq; leave it unset.");
        }

        GroqRules.StopSequences(options.StopSequences?.Count ?? 0, IsJsonMode(options), "ChatOptions.StopSequences", "ChatOptions.ResponseFormat");
        if (options.StopSequences is { Count: > 0 } stops)
        {
            request.Stop = [.. stops];
        }

        bool? strict = StrictJsonSchema(options.AdditionalProperties, functionName: null);
        request.ResponseFormat = ToResponseFormat(options.ResponseFormat);
        if (request.ResponseFormat?.JsonSchema is { } schema)
        {
            schema.Strict = strict;
        }

        ApplyTools(request, options, strict);
        request.ReasoningEffort = options.Reasoning?.Effort switch
        {
            null => null,
            ReasoningEffort.None => "none",
            ReasoningEffort.Low => "low",
            ReasoningEffort.Medium => "medium",
            ReasoningEffort.High => "high",
            var e => throw new NotSupportedException($"ChatOptions.Reasoning.Effort '{e}' has no Groq equivalent; use None, Low, Medium or High."),
        };

        if (options.AdditionalProperties is { Count: > 0 } extra)
        {
            GroqChatFields.Apply(request, extra);
        }
    }

    private static WireResponseFormat? ToResponseFormat(ChatResponseFormat? format) => format switch
    {
        null => null,
        ChatResponseFormatText => new WireResponseFormat { Type = "text" },
        ChatResponseFormatJson { Schema: null } => new WireResponseFormat { Type = "json_object" },
        ChatResponseFormatJson json => new WireResponseFormat
        {
            Type = "json_schema",
            JsonSchema = new WireJsonSchema
            {
                Name = SchemaName(json.SchemaName),
                Description = json.SchemaDescription,
                Schema = json.Schema,
            },
        },
        _ => throw new NotSupportedException($"ChatOptions.ResponseFormat of type {format.GetType().Name} is not supported by Groq."),
    };

    private static string SchemaName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "response";
        }

        return NamePattern().IsMatch(name)
            ? name
            : throw new ArgumentException(
                $"Groq needs a json_schema name of 1-64 letters, digits, '_' or '-'; '{name}' is not one.", "ChatOptions.ResponseFormat.SchemaName");
    }

    private static void ApplyTools(WireChatRequest request, ChatOptions options, bool? strict)
    {
        if (options.Tools is not { Count: > 0 } tools)
        {
            return;
        }

        if (tools.Count > MaxTools)
        {
            throw new ArgumentException($"Groq accepts at most {MaxTools} tools; ChatOptions.Tools has {tools.Count}.", "ChatOptions.Tools");
        }

        var wireTools = new List<WireTool>(tools.Count);
        foreach (var tool in tools)
        {
            wireTools.Add(tool switch
            {
                AIFunctionDeclaration function => new WireTool
                {
                    Type = "function",
                    Function = new WireFunctionDefinition
                    {
                        Name = NamePattern().IsMatch(function.Name) ? function.Name : throw new ArgumentException(
                            $"Groq tool names are 1-64 letters, digits, '_' or '-'; '{function.Name}' is not one.", "ChatOptions.Tools"),
                        Description = string.IsNullOrEmpty(function.Description) ? null : function.Description,
                        Parameters = ToolSchemas.For(function),
                        Strict = StrictJsonSchema(function.AdditionalProperties, function.Name) ?? strict,
                    },
                },
                HostedWebSearchTool => new WireTool { Type = "browser_search" },
                HostedCodeInterpreterTool => new WireTool { Type = "code_interpreter" },
                _ => throw new NotSupportedException($"Groq cannot take the tool {tool.Name} of type {tool.GetType().Name}."),
            });
        }

        request.Tools = wireTools;
        request.ParallelToolCalls = options.AllowMultipleToolCalls;
        request.ToolChoice = options.ToolMode switch
        {
            null => null,
            NoneChatToolMode => WireToolChoice.None,
            AutoChatToolMode => WireToolChoice.Auto,
            RequiredChatToolMode { RequiredFunctionName: null } => WireToolChoice.Required,
            RequiredChatToolMode { RequiredFunctionName: var name } when wireTools.Exists(t => t.Function?.Name == name) =>
                WireToolChoice.ForFunction(name),
            RequiredChatToolMode { RequiredFunctionName: var name } => throw new ArgumentException(
                $"ChatOptions.ToolMode requires the function '{name}', which is not among ChatOptions.Tools.", "ChatOptions.ToolMode"),
            var mode => throw new NotSupportedException($"ChatOptions.ToolMode {mode.GetType().Name} is not supported by Groq."),
        };
    }

    private static void Validate(WireChatRequest request, bool stream)
    {
        bool jsonMode = request.ResponseFormat?.Type is "json_object" or "json_schema";
        if (jsonMode && stream)
        {
            throw new NotSupportedException("Groq's JSON mode cannot stream.");
        }

        if (request.ReasoningFormat is not null && request.IncludeReasoning is not null)
        {
            throw new ArgumentException(
                "Groq does not accept reasoning_format together with include_reasoning; set one of them.", "ChatOptions.AdditionalProperties");
        }

        if (request.ReasoningFormat == "raw" && (jsonMode || request.Tools is not null))
        {
            throw new NotSupportedException("reasoning_format 'raw' cannot be combined with JSON mode or tools on Groq; use 'parsed' or 'hidden'.");
        }
    }

    /// <summary>The strictness set in the options' (<paramref name="functionName"/> null) or a function's additional properties.</summary>
    private static bool? StrictJsonSchema(IReadOnlyDictionary<string, object?>? properties, string? functionName)
    {
        if (properties is null || !properties.TryGetValue(GroqChatOptionKeys.StrictJsonSchema, out object? value) || value is null)
        {
            return null;
        }

        if (SettingValue.TryGetBool(value, out bool strict))
        {
            return strict;
        }

        // Named only here: building the name for every function of every request would cost a string each.
        string setting = functionName is null ? "ChatOptions.AdditionalProperties" : $"AIFunction '{functionName}'.AdditionalProperties";
        throw new ArgumentException($"{setting}[\"{GroqChatOptionKeys.StrictJsonSchema}\"] must be a boolean.", setting);
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
