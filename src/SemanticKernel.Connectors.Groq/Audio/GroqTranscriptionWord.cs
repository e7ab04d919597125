namespace SemanticKernel.Connectors.Groq;

/// <summary>One word of a transcript with <c>timestamp_granularities[]=word</c>, timed from the start of the whole file.</summary>
/// <param name="Word">The word.</param>
/// <param name="Start">When the word starts.</param>
/// <param name="End">When the word ends.</param>
public sealed record GroqTranscriptionWord(string Word, TimeSpan Start, TimeSpan End);
