using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Settings factories: each connector's own settings type with the same values, or one OpenAI settings instance for both.</summary>
internal static class ScenarioSettings
{
    /// <summary>
    /// <see cref="OpenAIPromptExecutionSettings"/> for the classic side, <see cref="GroqPromptExecutionSettings"/> for the
    /// Groq side, each with its own behavior built from that side's kernel.
    /// </summary>
    public static Func<ConnectorSide, Kernel, PromptExecutionSettings?> Native(
        Func<Kernel, FunctionChoiceBehavior?>? behavior, float? temperature = null, int? maxTokens = null, string? chatSystemPrompt = null) =>
        (side, kernel) => side == ConnectorSide.Classic
            ? new OpenAIPromptExecutionSettings
            {
                FunctionChoiceBehavior = behavior?.Invoke(kernel),
                Temperature = temperature,
                MaxTokens = maxTokens,
                ChatSystemPrompt = chatSystemPrompt,
            }
            : new GroqPromptExecutionSettings
            {
                FunctionChoiceBehavior = behavior?.Invoke(kernel),
                Temperature = temperature,
                MaxTokens = maxTokens,
                ChatSystemPrompt = chatSystemPrompt,
            };

    /// <summary>
    /// The very same <see cref="OpenAIPromptExecutionSettings"/> instance for both sides (the sides run one after the
    /// other): the Groq service must accept SK's OpenAI settings as they are.
    /// </summary>
    public static Func<ConnectorSide, Kernel, PromptExecutionSettings?> SharedOpenAI(OpenAIPromptExecutionSettings settings) =>
        (_, _) => settings;
}
