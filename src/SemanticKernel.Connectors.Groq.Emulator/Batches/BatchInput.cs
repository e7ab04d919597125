namespace SemanticKernel.Connectors.Groq.Emulator.Batches;

/// <summary>A batch input file read by <see cref="BatchInputParser"/>: its requests, or why the file as a whole is refused.</summary>
internal sealed record BatchInput(IReadOnlyList<BatchInputLine> Lines, IReadOnlyList<BatchValidationError> Errors);
