namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>How a scenario calls the service.</summary>
internal enum ScenarioCall
{
    /// <summary><c>GetChatMessageContentsAsync</c> / <c>GetStreamingChatMessageContentsAsync</c> with the scenario's history.</summary>
    Chat,

    /// <summary><c>Kernel.InvokePromptAsync</c> / <c>InvokePromptStreamingAsync</c>, the service registered in the kernel.</summary>
    Prompt,
}
