using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using MeaiFunctionCall = Microsoft.Extensions.AI.FunctionCallContent;
using MeaiText = Microsoft.Extensions.AI.TextContent;

namespace SemanticKernel.Connectors.Groq.Chat.Diagnostics;

/// <summary>What a stream said, gathered as it is read: the answer's identity and end, and (sensitive) its text and calls.</summary>
internal sealed class StreamedAnswer(bool keepContent)
{
    private StringBuilder? _text;
    private List<MeaiFunctionCall>? _calls;

    public bool Any { get; private set; }

    public string? ResponseId { get; private set; }

    public string? ResponseModel { get; private set; }

    public string? FinishReason { get; private set; }

    public UsageDetails? Usage { get; private set; }

    public void Add(ChatResponseUpdate update)
    {
        Any = true;
        ResponseId ??= update.ResponseId;
        ResponseModel ??= update.ModelId;
        if (update.FinishReason is { } reason)
        {
            FinishReason = KernelResponseMapper.FinishReason(reason);
        }

        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case UsageContent usage:
                    Usage = usage.Details;
                    break;
                case MeaiText { Text.Length: > 0 } text when keepContent:
                    (_text ??= new StringBuilder()).Append(text.Text);
                    break;
                case MeaiFunctionCall call when keepContent:
                    (_calls ??= []).Add(call);
                    break;
            }
        }
    }

    /// <summary>The answer as SK content for the <c>gen_ai.choice</c> event, when content is kept.</summary>
    public ChatMessageContent? ToChoice(string modelId, bool retainArgumentTypes)
    {
        if (!keepContent)
        {
            return null;
        }

        var choice = new ChatMessageContent(AuthorRole.Assistant, _text?.ToString() ?? string.Empty, modelId,
            metadata: new Dictionary<string, object?> { [GroqMetadataKeys.FinishReason] = FinishReason });
        foreach (var call in _calls ?? [])
        {
            choice.Items.Add(KernelResponseMapper.ToFunctionCall(call, modelId, retainArgumentTypes));
        }

        return choice;
    }
}
