using Microsoft.Extensions.AI;
using SemanticKernel.Connectors.Groq.Emulator;

namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// One logical request, written twice: as groq-sdk params (<see cref="Sdk"/>) and as a call of the connector
/// (<see cref="Connector"/>, run against an emulator of its own), each returning what it read from the answer.
/// <see cref="AcceptedDifferences"/> lists, word for word as <see cref="RequestComparison"/> reports them, the differences
/// a scenario documents as meaning the same to Groq; any other difference, or a listed one that disappears, fails.
/// </summary>
internal sealed record ConformanceCase(
    SdkCall Sdk, Func<GroqEmulator, CancellationToken, Task<AnswerSummary>> Connector, IReadOnlyList<string>? AcceptedDifferences = null)
{
    public string Id => Sdk.Id;

    /// <summary>A chat scenario: <paramref name="sdkParams"/> for <c>chat.completions.create</c>, <paramref name="connector"/> on a <see cref="GroqChatClient"/> for the same model.</summary>
    public static ConformanceCase Chat(string id, string sdkParams, Func<IChatClient, CancellationToken, Task<ChatResponse>> connector)
    {
        var sdk = SdkCall.Chat(id, sdkParams);
        return new(sdk, async (emulator, ct) =>
        {
            using var client = EmulatorClients.Chat(emulator, sdk.Model);
            return AnswerSummary.FromChat(await connector(client, ct));
        });
    }

    public override string ToString() => Id;
}
