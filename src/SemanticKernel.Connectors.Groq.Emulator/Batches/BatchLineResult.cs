namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>One result line of a batch: for the output file when <see cref="Succeeded"/>, else for the error file.</summary>
#pragma warning disable CA1819 // The line is written once and only read afterwards.
internal sealed record BatchLineResult(bool Succeeded, byte[] Json);
#pragma warning restore CA1819
