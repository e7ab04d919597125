namespace SemanticKernel.Connectors.Groq.Chat;

/// <summary>
/// What SK's chat-client bridge would drop from a response message or update (reasoning, response metadata), carried
/// through it as the raw representation, which the bridge passes on as <c>InnerContent</c>.
/// </summary>
/// <param name="InnerContent">The raw representation this envelope stands in for, put back once unpacked.</param>
/// <param name="Metadata">Response metadata for the SK content, under <see cref="GroqMetadataKeys"/>.</param>
/// <param name="Reasoning">The reasoning texts, in order.</param>
internal sealed record KernelBridgeEnvelope(object? InnerContent, IReadOnlyDictionary<string, object?> Metadata, IReadOnlyList<string> Reasoning);
