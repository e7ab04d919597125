using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using SemanticKernel.Connectors.Groq.Chat;

namespace SemanticKernel.Connectors.Groq;

/// <summary>
/// Semantic Kernel execution settings for Groq chat. The JSON names follow SK's OpenAI settings, so prompt templates
/// and settings written for OpenAI carry over; the Groq-only fields come last.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class GroqPromptExecutionSettings : PromptExecutionSettings
{
    private float? _temperature;
    private float? _topP;
    private int? _maxTokens;
    private IList<string>? _stopSequences;
    private long? _seed;
    private float? _frequencyPenalty;
    private float? _presencePenalty;
    private object? _responseFormat;
    private int _resultsPerPrompt = 1;
    private bool? _parallelToolCalls;
    private string? _chatSystemPrompt;
    private Dictionary<string, object>? _groqFields;

    /// <summary>Sampling temperature, 0 to 2; higher is more random. A 0 is sent as 1e-8, which Groq requires.</summary>
    [JsonPropertyName("temperature")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? Temperature
    {
        get => _temperature;
        set { ThrowIfFrozen(); _temperature = value; }
    }

    /// <summary>Nucleus sampling, 0 to 1: only the tokens within this probability mass are considered.</summary>
    [JsonPropertyName("top_p")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? TopP
    {
        get => _topP;
        set { ThrowIfFrozen(); _topP = value; }
    }

    /// <summary>The most tokens to generate; sent as Groq's <c>max_completion_tokens</c>.</summary>
    [JsonPropertyName("max_tokens")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxTokens
    {
        get => _maxTokens;
        set { ThrowIfFrozen(); _maxTokens = value; }
    }

    /// <summary>Up to 4 sequences at which generation stops. Groq's JSON mode takes none.</summary>
    [JsonPropertyName("stop_sequences")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IList<string>? StopSequences
    {
        get => _stopSequences;
        set { ThrowIfFrozen(); _stopSequences = value; }
    }

    /// <summary>A seed for best-effort deterministic sampling.</summary>
    [JsonPropertyName("seed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Seed
    {
        get => _seed;
        set { ThrowIfFrozen(); _seed = value; }
    }

    /// <summary>Frequency penalty, -2 to 2. Groq accepts it but documents that no model uses it.</summary>
    [JsonPropertyName("frequency_penalty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? FrequencyPenalty
    {
        get => _frequencyPenalty;
        set { ThrowIfFrozen(); _frequencyPenalty = value; }
    }

    /// <summary>Presence penalty, -2 to 2. Groq accepts it but documents that no model uses it.</summary>
    [JsonPropertyName("presence_penalty")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? PresencePenalty
    {
        get => _presencePenalty;
        set { ThrowIfFrozen(); _presencePenalty = value; }
    }

    /// <summary>
    /// The response format: <c>"text"</c>, <c>"json_object"</c>, a <see cref="Type"/> whose JSON schema is asked for,
    /// a <c>Microsoft.Extensions.AI.ChatResponseFormat</c>, or a JSON schema. Only the string and JSON forms
    /// survive JSON serialization.
    /// </summary>
    [JsonPropertyName("response_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public object? ResponseFormat
    {
        get => _responseFormat;
        set { ThrowIfFrozen(); _responseFormat = value; }
    }

    /// <summary>
    /// How many answers to produce for one prompt; default 1. Groq takes only 1 per request, so a larger value
    /// sends that many requests (each billed) and cannot stream.
    /// </summary>
    [JsonPropertyName("results_per_prompt")]
    public int ResultsPerPrompt
    {
        get => _resultsPerPrompt;
        set { ThrowIfFrozen(); _resultsPerPrompt = value; }
    }

    /// <summary>An identifier of the end user, which helps Groq detect abuse.</summary>
    [JsonPropertyName("user")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? User
    {
        get => GetGroqField(GroqChatOptionKeys.User) as string;
        set => SetGroqField(GroqChatOptionKeys.User, value);
    }

    /// <summary>Whether the model may call several tools in one turn. Some reasoning models ignore it.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ParallelToolCalls
    {
        get => _parallelToolCalls;
        set { ThrowIfFrozen(); _parallelToolCalls = value; }
    }

    /// <summary>A system prompt put before the chat history when it has no system message.</summary>
    [JsonPropertyName("chat_system_prompt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChatSystemPrompt
    {
        get => _chatSystemPrompt;
        set { ThrowIfFrozen(); _chatSystemPrompt = value; }
    }

    /// <summary>
    /// Groq only: <c>"hidden"</c>, <c>"raw"</c> (reasoning inside <c>&lt;think&gt;</c> in the content) or <c>"parsed"</c>
    /// (reasoning returned apart). Cannot be combined with <see cref="IncludeReasoning"/>.
    /// </summary>
    [JsonPropertyName("reasoning_format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReasoningFormat
    {
        get => GetGroqField(GroqChatOptionKeys.ReasoningFormat) as string;
        set => SetGroqField(GroqChatOptionKeys.ReasoningFormat, value);
    }

    /// <summary>Groq only: <c>"none"</c>, <c>"default"</c>, <c>"low"</c>, <c>"medium"</c> or <c>"high"</c>, as the model allows.</summary>
    [JsonPropertyName("reasoning_effort")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReasoningEffort
    {
        get => GetGroqField(GroqChatOptionKeys.ReasoningEffort) as string;
        set => SetGroqField(GroqChatOptionKeys.ReasoningEffort, value);
    }

    /// <summary>Groq only: whether gpt-oss models return their reasoning. Cannot be combined with <see cref="ReasoningFormat"/>.</summary>
    [JsonPropertyName("include_reasoning")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IncludeReasoning
    {
        get => GetGroqField(GroqChatOptionKeys.IncludeReasoning) as bool?;
        set => SetGroqField(GroqChatOptionKeys.IncludeReasoning, value);
    }

    /// <summary>
    /// Groq only: <c>"auto"</c>, <c>"on_demand"</c> (Groq's default), <c>"flex"</c> (fails fast with HTTP 498 when
    /// there is no capacity) or <c>"performance"</c>.
    /// </summary>
    [JsonPropertyName("service_tier")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ServiceTier
    {
        get => GetGroqField(GroqChatOptionKeys.ServiceTier) as string;
        set => SetGroqField(GroqChatOptionKeys.ServiceTier, value);
    }

    /// <summary>
    /// The legacy <c>ToolCallBehavior</c> of SK's OpenAI settings these were converted from, translated into a
    /// <see cref="PromptExecutionSettings.FunctionChoiceBehavior"/> on each call, when the kernel is known.
    /// </summary>
    [JsonIgnore]
    internal object? LegacyToolCallBehavior { get; set; }

    /// <summary>
    /// The Groq-only fields set on these settings (<see cref="GroqChatFields"/>), by wire name: the typed properties above
    /// and fields without one read from other settings. Sent as <c>ChatOptions.AdditionalProperties</c>.
    /// </summary>
    internal IReadOnlyDictionary<string, object> GroqFields => _groqFields ?? (IReadOnlyDictionary<string, object>)ReadOnlyDictionary<string, object>.Empty;

    internal void SetGroqField(string key, object? value)
    {
        ThrowIfFrozen();
        if (value is null)
        {
            _groqFields?.Remove(key);
        }
        else
        {
            (_groqFields ??= new(StringComparer.Ordinal))[key] = value;
        }
    }

    private object? GetGroqField(string key) => _groqFields?.GetValueOrDefault(key);

    /// <inheritdoc />
    public override void Freeze()
    {
        if (IsFrozen)
        {
            return;
        }

        base.Freeze();
        if (_stopSequences is not null and not ReadOnlyCollection<string>)
        {
            _stopSequences = new ReadOnlyCollection<string>(_stopSequences);
        }
    }

    /// <inheritdoc />
    public override PromptExecutionSettings Clone() => new GroqPromptExecutionSettings
    {
        ModelId = ModelId,
        ServiceId = ServiceId,
        ExtensionData = ExtensionData is null ? null : new Dictionary<string, object>(ExtensionData),
        FunctionChoiceBehavior = FunctionChoiceBehavior,
        Temperature = Temperature,
        TopP = TopP,
        MaxTokens = MaxTokens,
        StopSequences = StopSequences is null ? null : new List<string>(StopSequences),
        Seed = Seed,
        FrequencyPenalty = FrequencyPenalty,
        PresencePenalty = PresencePenalty,
        ResponseFormat = ResponseFormat,
        ResultsPerPrompt = ResultsPerPrompt,
        ParallelToolCalls = ParallelToolCalls,
        ChatSystemPrompt = ChatSystemPrompt,
        LegacyToolCallBehavior = LegacyToolCallBehavior,
        _groqFields = _groqFields is null ? null : new(_groqFields, StringComparer.Ordinal),
    };

    /// <summary>
    /// Gets Groq settings from any execution settings: <see langword="null"/> gives defaults, Groq settings are
    /// returned as they are, and anything else (a plain <see cref="PromptExecutionSettings"/> from a prompt template,
    /// another connector's settings) is read by its JSON names into a new instance. <see cref="PromptExecutionSettings.ModelId"/>,
    /// <see cref="PromptExecutionSettings.ServiceId"/> and <see cref="PromptExecutionSettings.FunctionChoiceBehavior"/> are kept.
    /// </summary>
    /// <param name="settings">The settings to convert.</param>
    /// <param name="logger">
    /// Where to warn about settings Groq cannot take (e.g. <c>logprobs</c>, <c>logit_bias</c>): each is dropped, never sent.
    /// </param>
    /// <returns>Groq settings with the values of <paramref name="settings"/>.</returns>
    /// <exception cref="ArgumentException">A setting Groq takes has a value of the wrong kind.</exception>
    /// <exception cref="NotSupportedException">
    /// <paramref name="settings"/> is of a derived type and reflection-based JSON serialization is disabled in the app.
    /// </exception>
    public static GroqPromptExecutionSettings FromExecutionSettings(PromptExecutionSettings? settings, ILogger? logger = null) =>
        settings switch
        {
            null => new GroqPromptExecutionSettings(),
            GroqPromptExecutionSettings groq => groq,
            _ => GroqSettingsConverter.Convert(settings, logger ?? NullLogger.Instance),
        };
}
