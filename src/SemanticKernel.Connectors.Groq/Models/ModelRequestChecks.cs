using System.Globalization;
using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Models;

/// <summary>
/// A chat request checked against Groq's model catalog before it is sent (pure), for
/// <see cref="GroqClientOptions.CheckRequestsAgainstModelCatalog"/>. After the first fetch a passing request costs one
/// dictionary lookup and, only when its text has more characters than the context window has tokens, one pass over it.
/// </summary>
internal static class ModelRequestChecks
{
    private const string MaxTokensSetting = "ChatOptions.MaxOutputTokens";

    /// <param name="index">The catalog.</param>
    /// <param name="request">The request about to be sent.</param>
    /// <param name="modelSetting">Where the model id came from, e.g. <c>ChatOptions.ModelId</c>.</param>
    public static void Check(ModelIndex index, WireChatRequest request, string modelSetting)
    {
        string id = request.Model;
        var model = CheckModel(index, id, modelSetting);
        if (request.MaxCompletionTokens is { } max && model.MaxCompletionTokens is { } largest && max > largest)
        {
            throw new ArgumentOutOfRangeException(
                MaxTokensSetting,
                max,
                string.Create(CultureInfo.InvariantCulture,
                    $"Model '{id}' completes at most {largest} tokens (Groq's model catalog); {MaxTokensSetting} (max_tokens in Semantic Kernel's settings) is {max}."));
        }

        if (model.ContextWindow is { } window && PromptTokenFloor.Exceeds(request.Messages, window, out long floor))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The messages hold at least {floor} tokens (one a word), more than the {window}-token context window of model '{id}' " +
                    $"(Groq's model catalog); shorten the chat history or choose a model with a larger window."),
                "messages");
        }
    }

    /// <summary>The listed, active model <paramref name="id"/>; an unknown or inactive one is refused naming <paramref name="modelSetting"/>.</summary>
    public static GroqModel CheckModel(ModelIndex index, string id, string modelSetting)
    {
        if (!index.ById.TryGetValue(id, out var model))
        {
            throw Unknown(id, modelSetting, index);
        }

        if (!model.Active)
        {
            throw new ArgumentException(
                $"Groq's model catalog lists model '{id}' ({modelSetting}) as inactive: Groq no longer serves it. Choose an active model " +
                "(GroqModelCatalog.ListModelsAsync lists them).",
                modelSetting);
        }

        return model;
    }

    private static ArgumentException Unknown(string id, string modelSetting, ModelIndex index)
    {
        var matches = CloseMatches.Find(id, index.ById.Keys);
        string hint = matches.Count == 0
            ? "No listed id is close to it; GroqModelCatalog.ListModelsAsync lists them all."
            : "Did you mean " + string.Join(", ", matches.Select(match => $"'{match}'")) + "?";
        return new ArgumentException($"Groq's model catalog has no model '{id}' ({modelSetting}). {hint}", modelSetting);
    }
}
