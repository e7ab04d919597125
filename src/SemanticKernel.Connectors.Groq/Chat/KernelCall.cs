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

    // As the settings said when the call began (the shared options are set anew for each request).
    private readonly bool? _allowMultipleToolCalls = Options.AllowMultipleToolCalls;

    /// <summary>
    /// Gets a value indicating whether the call sends its requests one after another and is done with each request's
    /// options before the next (the service's calls, not a batch's, which keeps them): <see cref="OptionsFor"/> then sets
    /// <see cref="Options"/> itself for each request instead of a copy.
    /// </summary>
    public bool OneRequestAtATime { get; init; }

    /// <summary>
    /// The options of one request: the shared ones, the tools of this round, and the system prompt, which goes first
    /// only while the history has no system message of its own.
    /// </summary>
    public ChatOptions OptionsFor(ChatHistory chatHistory, KernelToolChoice choice)
    {
        // Every field that differs between requests is set here on each one, so the shared options can be reused.
        var options = OneRequestAtATime ? Options : Options.Clone();
        options.Tools = choice.Tools;
        options.ToolMode = choice.Mode;
        options.AllowMultipleToolCalls = choice.Options?.AllowParallelCalls ?? _allowMultipleToolCalls;
        options.Instructions = !string.IsNullOrWhiteSpace(Settings.ChatSystemPrompt) && !HasSystemMessage(chatHistory)
            ? Settings.ChatSystemPrompt
            : null;
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
