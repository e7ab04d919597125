namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>Which chat service a run uses.</summary>
internal enum ConnectorSide
{
    /// <summary>SK's own <c>OpenAIChatCompletionService</c>, the reference behaviour.</summary>
    Classic,

    /// <summary>The repository's <c>GroqChatCompletionService</c>.</summary>
    Groq,
}
