using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// The outermost client under SK's chat-client bridge: packs what the bridge would drop into a
/// <see cref="KernelBridgeEnvelope"/> so <see cref="GroqChatCompletionService"/> can unpack it on the SK side, and
/// sends earlier kernel function calls under their tool names.
/// </summary>
internal sealed class KernelBridgeCarrier(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(KernelFunctionNames.WithToolNames(messages, options), options, cancellationToken).ConfigureAwait(false);
        KernelContentMapper.Pack(response);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, object?>? identity = null;
        await foreach (var update in base.GetStreamingResponseAsync(KernelFunctionNames.WithToolNames(messages, options), options, cancellationToken).ConfigureAwait(false))
        {
            KernelContentMapper.Pack(update, ref identity);
            yield return update;
        }
    }
}
