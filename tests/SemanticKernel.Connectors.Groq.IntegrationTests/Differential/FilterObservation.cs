namespace SemanticKernel.Connectors.Groq.IntegrationTests.Differential;

/// <summary>What the outermost auto function invocation filter saw of one call, before and after the rest of the pipeline ran.</summary>
internal sealed record FilterObservation
{
    public required string Function { get; init; }

    public required int RequestSequenceIndex { get; init; }

    public required int FunctionSequenceIndex { get; init; }

    public required int FunctionCount { get; init; }

    public required string? ToolCallId { get; init; }

    public required bool IsStreaming { get; init; }

    public required string ArgumentsBefore { get; init; }

    public required bool SettingsAreTheCallers { get; init; }

    public required string HistoryIsTheCallers { get; init; }

    public required int HistoryCountBefore { get; init; }

    public required string Outcome { get; init; }

    public required string ArgumentsAfter { get; init; }

    public required bool Terminate { get; init; }

    public required int HistoryCountAfter { get; init; }
}
