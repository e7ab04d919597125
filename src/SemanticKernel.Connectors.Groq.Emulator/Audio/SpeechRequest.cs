namespace SemanticKernel.Connectors.Groq.Emulator.Audio;

/// <summary>A validated <c>/audio/speech</c> request.</summary>
internal sealed record SpeechRequest(string Model, string Input, string Voice, string ResponseFormat, int SampleRate, double Speed);
