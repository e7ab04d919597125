using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// A groq-sdk call whose answer (the emulator's own, or <see cref="Scripted"/>) groq-sdk must read: successfully when
/// <see cref="ErrorClass"/> is null, else as that error class with that status, Groq error code and param.
/// </summary>
internal sealed record ParsingCase(
    SdkCall Sdk, EmulatorResponse? Scripted = null, string? ErrorClass = null, int? Status = null, string? Code = null, string? Param = null)
{
    public string Id => Sdk.Id;

    public override string ToString() => Id;
}
