using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// What <see cref="GroqChatCompletionService"/> hands to SK's chat-client bridge: the function choice behavior, which
/// SK turns into tools and auto-invocation, and the Groq options, which SK's own settings conversion cannot express
/// (a schema from a <see cref="Type"/>, Groq-only fields) and which are copied over its result.
/// </summary>
internal sealed class KernelBridgeSettings : PromptExecutionSettings
{
    private readonly ChatOptions _options;

    public KernelBridgeSettings(GroqPromptExecutionSettings settings, ChatOptions options)
    {
        ModelId = settings.ModelId;
        ServiceId = settings.ServiceId;
        FunctionChoiceBehavior = settings.FunctionChoiceBehavior;
        _options = options;
    }

    /// <inheritdoc />
    protected override void PrepareChatOptionsForRequest(ChatOptions options)
    {
        options.ModelId = _options.ModelId;
        options.Temperature = _options.Temperature;
        options.TopP = _options.TopP;
        options.MaxOutputTokens = _options.MaxOutputTokens;
        options.StopSequences = _options.StopSequences;
        options.Seed = _options.Seed;
        options.FrequencyPenalty = _options.FrequencyPenalty;
        options.PresencePenalty = _options.PresencePenalty;
        options.ResponseFormat = _options.ResponseFormat;
        options.Instructions = _options.Instructions;
        options.AllowMultipleToolCalls ??= _options.AllowMultipleToolCalls;
        options.AdditionalProperties = _options.AdditionalProperties?.Clone();
    }
}
