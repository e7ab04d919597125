namespace SemanticKernel.Connectors.Groq.IntegrationTests.Support.Conformance;

/// <summary>
/// A files/batches step of <see cref="BatchConformanceCases"/> (scenario <see cref="Id"/>, already sent by groq-sdk)
/// done again by the connector on a fresh emulator: <see cref="Setup"/> brings that emulator to the same state (its
/// requests are not compared), then <see cref="Act"/> sends the one request compared with groq-sdk's and returns the
/// facts it read. <see cref="AcceptedDifferences"/> as in <see cref="ConformanceCase"/>.
/// </summary>
internal sealed record BatchRequestCase(
    string Id,
    Func<BatchSession, CancellationToken, Task> Setup,
    Func<BatchSession, CancellationToken, Task<AnswerSummary>> Act,
    IReadOnlyList<string>? AcceptedDifferences = null)
{
    public override string ToString() => Id;
}
