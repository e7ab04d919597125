using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SemanticKernel.Connectors.Groq.Chat.FunctionCalling;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>What one call of <see cref="GroqChatCompletionService"/> sends with each of its requests.</summary>
/// <param name="Settings">The caller's settings as Groq settings.</param>
/// <param name="CallerSettings">The settings object the caller passed (what function invocation filters see), or <paramref name="Settings"/>.</param>
/// <param name="Behavior">The function choice behavior.</param>
/// <param name="Legacy">OpenAI's legacy tool setting, when that was given instead.</param>
/// <param name="Options">The options shared by every request of the call.</param>
/// <param name="ModelId">The model asked for.</param>
internal sealed record KernelCall(
    GroqPromptExecutionSettings Settings,
    PromptExecutionSettings CallerSettings,
    FunctionChoiceBehavior? Behavior,
    LegacyToolCallBehavior? Legacy,
    ChatOptions Options,
    string ModelId)
{
    /// <summary>What request <paramref name="requestIndex"/> of the call offers, and whether its calls are invoked.</summary>
    public KernelToolChoice ToolChoiceFor(ChatHistory chatHistory, int requestIndex, Kernel? kernel, ILogger logger) =>
        Legacy?.Choose(requestIndex, kernel, logger) ?? KernelToolChoice.For(Behavior, chatHistory, requestIndex, kernel, logger);

    /// <summary>
    /// The options of one request: the shared ones, the tools of this round, and the system prompt, which goes first
    /// only while the history has no system message of its own.
    /// </summary>
    public ChatOptions OptionsFor(ChatHistory chatHistory, KernelToolChoice choice)
    {
        var options = Options.Clone();
        options.Tools = choice.Tools;
        options.ToolMode = choice.Mode;
        if (choice.Options?.AllowParallelCalls is { } parallel)
        {
            options.AllowMultipleToolCalls = parallel;
        }

        if (!string.IsNullOrWhiteSpace(Settings.ChatSystemPrompt) && !HasSystemMessage(chatHistory))
        {
            options.Instructions = Settings.ChatSystemPrompt;
        }

        return options;
    }

    private static bool HasSystemMessage(ChatHistory chatHistory)
    {
        for (int i = 0; i < chatHistory.Count; i++)
        {
            var role = chatHistory[i].Role;
            if (role == AuthorRole.System || role == AuthorRole.Developer)
            {
                return true;
            }
        }

        return false;
    }
}
