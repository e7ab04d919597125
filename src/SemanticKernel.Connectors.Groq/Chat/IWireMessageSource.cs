using SemanticKernel.Connectors.Groq.Core.Wire;

namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// Messages that can add themselves to a request without first becoming MEAI messages: what an
/// <see cref="Microsoft.Extensions.AI.ChatMessage"/> list costs per message is paid only by those that need it.
/// </summary>
internal interface IWireMessageSource
{
    /// <summary>Gets how many messages there are (a capacity hint: one may become several wire messages, or none).</summary>
    int Count { get; }

    /// <summary>Adds the messages to <paramref name="target"/> exactly as their MEAI forms would be added.</summary>
    void AppendTo(List<WireMessage> target);
}
