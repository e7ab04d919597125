using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// <see cref="GroqPromptExecutionSettings"/> to the <see cref="ChatOptions"/> that <see cref="GroqChatClient"/> takes (pure).
/// Anything Groq would reject throws here, naming the SK setting, before a request is built.
/// </summary>
internal static class KernelSettingsMapper
{
    // Setting names are constants: they are passed on every request and read only when a setting is refused.
    private const string Setting = nameof(GroqPromptExecutionSettings) + ".";

    private static readonly Lazy<JsonSerializerOptions> DeclaredNames = new(CreateDeclaredNames);
    private static readonly ConditionalWeakTable<Type, ChatResponseFormatJson> TypeFormats = [];

    private static readonly AIJsonSchemaCreateOptions SchemaInference = new()
    {
        TransformOptions = new()
        {
            DisallowAdditionalProperties = true,
            RequireAllProperties = true,
            MoveDefaultKeywordToDescription = true,
        },
    };

    /// <summary>Checks <see cref="GroqPromptExecutionSettings.ResultsPerPrompt"/> against what the call can do.</summary>
    public static void ValidateResultsPerPrompt(GroqPromptExecutionSettings settings, bool streaming, bool autoInvoke)
    {
        int n = settings.ResultsPerPrompt;
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(
                $"{nameof(GroqPromptExecutionSettings)}.{nameof(GroqPromptExecutionSettings.ResultsPerPrompt)}", n, "ResultsPerPrompt must be at least 1.");
        }

        if (n > 1 && streaming)
        {
            throw new NotSupportedException(
                $"Groq returns one choice per request, so ResultsPerPrompt {n} is answered with {n} requests, which cannot stream; " +
                "use ResultsPerPrompt 1 to stream or call the non-streaming method.");
        }

        if (n > 1 && autoInvoke)
        {
            throw new NotSupportedException(
                $"ResultsPerPrompt {n} cannot be combined with auto-invoked functions, whose calls and results would all go into one chat history; " +
                "use ResultsPerPrompt 1 or FunctionChoiceBehavior with autoInvoke: false.");
        }
    }

    /// <summary>
    /// The options every request of a call shares; the tools, tool mode and system prompt of each request are set per
    /// request (<see cref="KernelCall.OptionsFor"/>).
    /// </summary>
    public static ChatOptions ToChatOptions(GroqPromptExecutionSettings settings)
    {
        var format = ToResponseFormat(settings.ResponseFormat);
        GroqRules.StopSequences(
            settings.StopSequences?.Count ?? 0,
            format is ChatResponseFormatJson,
            Setting + nameof(GroqPromptExecutionSettings.StopSequences),
            Setting + nameof(GroqPromptExecutionSettings.ResponseFormat));
        var options = new ChatOptions
        {
            ModelId = settings.ModelId,
            Temperature = GroqRules.Temperature(settings.Temperature, Setting + nameof(GroqPromptExecutionSettings.Temperature)),
            TopP = GroqRules.TopP(settings.TopP, Setting + nameof(GroqPromptExecutionSettings.TopP)),
            MaxOutputTokens = GroqRules.MaxTokens(settings.MaxTokens, Setting + nameof(GroqPromptExecutionSettings.MaxTokens)),
            StopSequences = settings.StopSequences is { Count: > 0 } stops ? [.. stops] : null,
            Seed = settings.Seed,
            FrequencyPenalty = GroqRules.Penalty(settings.FrequencyPenalty, Setting + nameof(GroqPromptExecutionSettings.FrequencyPenalty)),
            PresencePenalty = GroqRules.Penalty(settings.PresencePenalty, Setting + nameof(GroqPromptExecutionSettings.PresencePenalty)),
            ResponseFormat = format,
            AllowMultipleToolCalls = settings.ParallelToolCalls,
        };

        if (settings.ExtensionData is { Count: > 0 } extensionData)
        {
            foreach (var (key, value) in extensionData)
            {
                if (GroqChatFields.TryGet(key, out var field))
                {
                    AddProperty(options, key, field.Read(value, field.SettingsName));
                }
                else if (key == GroqChatOptionKeys.StrictJsonSchema)
                {
                    AddProperty(options, key, value);
                }
            }
        }

        if (settings.GroqFields is { Count: > 0 } groqFields)
        {
            foreach (var (key, value) in groqFields)
            {
                var field = GroqChatFields.All[key];
                AddProperty(options, key, field.Read(value, field.SettingsName));
            }
        }

        return options;
    }

    /// <summary>
    /// The forms <see cref="GroqPromptExecutionSettings.ResponseFormat"/> takes: <c>"text"</c>, <c>"json_object"</c>,
    /// a <see cref="Type"/>, a <see cref="ChatResponseFormat"/>, a JSON schema (as JSON text or a JSON value), or
    /// OpenAI's wire form <c>{"type": ..., "json_schema": {...}}</c> from a prompt template.
    /// </summary>
    public static ChatResponseFormat? ToResponseFormat(object? format) => format switch
    {
        null => null,
        ChatResponseFormat chat => chat,
        Type type => ForType(type),
        "text" => ChatResponseFormat.Text,
        "json_object" => ChatResponseFormat.Json,
        string json when json.TrimStart().StartsWith('{') => FromJson(Parse(json)),
        JsonElement element => FromJson(element),
        JsonDocument document => FromJson(document.RootElement),
        JsonNode node => FromJson(JsonSerializer.SerializeToElement(node, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonNode)))),
        _ => throw InvalidFormat(format),
    };

    private static ChatResponseFormat FromJson(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.String)
        {
            return ToResponseFormat(json.GetString()) ?? throw InvalidFormat(json);
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            throw InvalidFormat(json);
        }

        if (!json.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return ChatResponseFormat.ForJsonSchema(json.Clone());
        }

        switch (type.GetString())
        {
            case "text":
                return ChatResponseFormat.Text;
            case "json_object":
                return ChatResponseFormat.Json;
            case "json_schema" when json.TryGetProperty("json_schema", out var wrapper) && wrapper.TryGetProperty("schema", out var schema):
                return ChatResponseFormat.ForJsonSchema(
                    schema.Clone(),
                    wrapper.TryGetProperty("name", out var name) ? name.GetString() : null,
                    wrapper.TryGetProperty("description", out var description) ? description.GetString() : null);
            case "json_schema":
                throw InvalidFormat(json);
            default:
                // A schema of a single value, e.g. {"type":"object","properties":{...}}.
                return ChatResponseFormat.ForJsonSchema(json.Clone());
        }
    }

    /// <summary>
    /// A type's schema as SK's OpenAI connector builds it: the type's own property names (so the answer deserializes
    /// with <see cref="JsonSerializer"/>'s defaults), every property required, no others allowed, named after the type.
    /// </summary>
    private static ChatResponseFormatJson ForType(Type type) => TypeFormats.GetValue(Nullable.GetUnderlyingType(type) ?? type, static type =>
        ChatResponseFormat.ForJsonSchema(
            AIJsonUtilities.CreateJsonSchema(type, serializerOptions: DeclaredNames.Value, inferenceOptions: SchemaInference), SchemaName(type)));

    private static string SchemaName(Type type)
    {
        // Groq allows 1-64 of [a-zA-Z0-9_-]: List`1 of Int32 is named ListInt32, as SK's OpenAI connector names it.
        string name = TypeName(type);
        return name.Length > 64 ? name[..64] : name;
    }

    private static string TypeName(Type type) =>
        !type.IsGenericType ? type.Name
        : type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + string.Concat(Array.ConvertAll(type.GetGenericArguments(), TypeName));

    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "A Type given as the response format is the caller's own; without reflection MEAI's resolver is used.")]
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "As above.")]
    private static JsonSerializerOptions CreateDeclaredNames() => new()
    {
        TypeInfoResolver = JsonSerializer.IsReflectionEnabledByDefault ? new DefaultJsonTypeInfoResolver() : AIJsonUtilities.DefaultOptions.TypeInfoResolver,
    };

    private static JsonElement Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"ResponseFormat looks like a JSON schema but is not valid JSON: {ex.Message}", Name("ResponseFormat"), ex);
        }
    }

    private static ArgumentException InvalidFormat(object format) => new(
        $"ResponseFormat {Describe(format)} is not supported by Groq; use \"text\", \"json_object\", a Type, a ChatResponseFormat or a JSON schema.",
        Name(nameof(GroqPromptExecutionSettings.ResponseFormat)));

    private static string Describe(object format) => format is JsonElement e ? $"(JSON {e.GetRawText()})" : $"'{format}' ({format.GetType().Name})";

    private static string Name(string property) => $"{nameof(GroqPromptExecutionSettings)}.{property}";

    private static void AddProperty(ChatOptions options, string key, object? value)
    {
        if (value is not null)
        {
            (options.AdditionalProperties ??= [])[key] = value;
        }
    }
}
